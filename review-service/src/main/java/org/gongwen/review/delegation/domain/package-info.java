/**
 * The rules for 委派 and 转办.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.review.delegation.domain;

import org.jspecify.annotations.NullMarked;
