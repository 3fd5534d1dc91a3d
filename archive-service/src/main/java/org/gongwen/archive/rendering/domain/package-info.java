/**
 * When a render job runs again and when it gives up, how long the idle worker waits, and what makes a stored
 * rendition sound. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.rendering.domain;

import org.jspecify.annotations.NullMarked;
