/**
 * The decisions about corrections, legal holds and disposal, as values.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.amendment.domain;

import org.jspecify.annotations.NullMarked;
