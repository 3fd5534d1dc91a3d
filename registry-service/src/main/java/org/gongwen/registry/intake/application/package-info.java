/**
 * 收文 use cases and their ports. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.registry.intake.application;

import org.jspecify.annotations.NullMarked;
