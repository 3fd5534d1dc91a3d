/**
 * Rendering an archived record as PDF/A-2b and OFD off the archiving path, storing and logging the files, and
 * reading them back. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.rendering.application;

import org.jspecify.annotations.NullMarked;
