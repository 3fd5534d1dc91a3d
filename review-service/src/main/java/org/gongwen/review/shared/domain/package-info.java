/**
 * Review deadlines (on domain-kernel's working calendar), shared by the review slices.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.review.shared.domain;

import org.jspecify.annotations.NullMarked;
