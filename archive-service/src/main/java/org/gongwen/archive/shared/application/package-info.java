/**
 * The ports and values every archive slice shares.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.shared.application;

import org.jspecify.annotations.NullMarked;
