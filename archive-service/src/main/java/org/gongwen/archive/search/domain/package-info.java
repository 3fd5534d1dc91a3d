/**
 * Search terms and the 归档文件目录 (catalogue).
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.search.domain;

import org.jspecify.annotations.NullMarked;
