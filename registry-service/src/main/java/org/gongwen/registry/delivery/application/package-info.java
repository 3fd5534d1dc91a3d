/**
 * 分发 and 签收 use cases and their ports. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.registry.delivery.application;

import org.jspecify.annotations.NullMarked;
