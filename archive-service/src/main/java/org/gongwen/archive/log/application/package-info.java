/**
 * The append-only log: integrating entries, checkpoints, proofs and the access log.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.log.application;

import org.jspecify.annotations.NullMarked;
