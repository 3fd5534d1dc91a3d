/**
 * The few values several drafting slices share.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.drafting.shared.domain;

import org.jspecify.annotations.NullMarked;
