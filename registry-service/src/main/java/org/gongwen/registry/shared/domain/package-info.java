/**
 * What the registry's slices share: who acts ({@link org.gongwen.registry.shared.domain.Person}) and what an act on
 * an aggregate returns ({@link org.gongwen.registry.shared.domain.Outcome}). Plain Java.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.registry.shared.domain;

import org.jspecify.annotations.NullMarked;
