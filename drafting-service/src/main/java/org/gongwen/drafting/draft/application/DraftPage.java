package org.gongwen.drafting.draft.application;

import java.util.List;

import org.gongwen.drafting.draft.domain.Draft;

/** One page of a drafter's drafts, newest first; {@code page} counts from 0. */
public record DraftPage(List<Draft> items, int page, int size, long total) {

    public DraftPage {
        items = List.copyOf(items);
    }
}
