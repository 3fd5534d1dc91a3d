/**
 * 发文字号: the issue number counter.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.review.numbering.domain;

import org.jspecify.annotations.NullMarked;
