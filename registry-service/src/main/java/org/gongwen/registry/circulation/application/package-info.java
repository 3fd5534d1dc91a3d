/**
 * 传阅 use cases and their ports. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.registry.circulation.application;

import org.jspecify.annotations.NullMarked;
