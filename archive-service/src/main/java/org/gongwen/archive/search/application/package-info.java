/**
 * Consulting the archive: search, catalogue and their ports.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.search.application;

import org.jspecify.annotations.NullMarked;
