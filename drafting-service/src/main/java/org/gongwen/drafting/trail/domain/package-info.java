/**
 * 痕迹保留: what changed between saved versions of a draft, down to the character. Plain Java.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.drafting.trail.domain;

import org.jspecify.annotations.NullMarked;
