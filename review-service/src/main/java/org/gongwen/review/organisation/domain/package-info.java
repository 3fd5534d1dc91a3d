/**
 * The organisation chart valid at a time and the rules for changing it.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.review.organisation.domain;

import org.jspecify.annotations.NullMarked;
