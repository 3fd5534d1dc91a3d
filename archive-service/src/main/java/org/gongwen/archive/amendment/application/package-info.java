/**
 * Amending a record without changing it: corrections, legal holds and 销毁鉴定 as linked entries.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.amendment.application;

import org.jspecify.annotations.NullMarked;
