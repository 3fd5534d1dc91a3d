/**
 * Ports every registry slice's use cases share. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.registry.shared.application;

import org.jspecify.annotations.NullMarked;
