/**
 * What an archival package holds: rendering with 归档章, metadata, formats.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.export.domain;

import org.jspecify.annotations.NullMarked;
