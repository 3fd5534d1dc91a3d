/**
 * Counting the archive for statistics.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.statistics.application;

import org.jspecify.annotations.NullMarked;
