/**
 * Draft templates per document kind.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.drafting.template.domain;

import org.jspecify.annotations.NullMarked;
