/**
 * The draft aggregate: its states, input rules, attachment list and review progress.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.gongwen.drafting.draft.domain;

import org.jspecify.annotations.NullMarked;
