/**
 * Exporting a record as a canonical archival package.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.export.application;

import org.jspecify.annotations.NullMarked;
