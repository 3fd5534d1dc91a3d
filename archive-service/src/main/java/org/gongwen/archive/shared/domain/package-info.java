/**
 * The archive record and the values every archive slice shares (档号, class, retention, clearance).
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.archive.shared.domain;

import org.jspecify.annotations.NullMarked;
