/**
 * Delegating or transferring a review step.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.review.delegation.application;

import org.jspecify.annotations.NullMarked;
