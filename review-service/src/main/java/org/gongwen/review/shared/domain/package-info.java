/**
 * Working calendar and review deadlines, shared by the review slices.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.review.shared.domain;

import org.jspecify.annotations.NullMarked;
