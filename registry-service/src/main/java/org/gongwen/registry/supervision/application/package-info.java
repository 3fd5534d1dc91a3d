/**
 * 督办 use cases and their ports. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.registry.supervision.application;

import org.jspecify.annotations.NullMarked;
