/**
 * 会签: planning, resolving and deciding a countersign inside a review step.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.review.countersign.domain;

import org.jspecify.annotations.NullMarked;
