/**
 * Persistence helpers shared by the review slices.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.review.shared.persistence;

import org.jspecify.annotations.NullMarked;
