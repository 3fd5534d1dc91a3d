/**
 * The RFC 6962 Merkle tree, checkpoints, access entries and who may read the access log.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.log.domain;

import org.jspecify.annotations.NullMarked;
