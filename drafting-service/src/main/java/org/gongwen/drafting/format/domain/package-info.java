/**
 * The GB/T 9704 format rules and the checker that applies them.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.drafting.format.domain;

import org.jspecify.annotations.NullMarked;
