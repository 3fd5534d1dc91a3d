package org.gongwen.archive.search.application;

import java.util.List;
import java.util.Map;

import org.gongwen.archive.shared.domain.ArchiveRecord;

/**
 * One page of records. {@code total} is exact up to {@link #TOTAL_CAP}; beyond it {@code totalCapped} is true and
 * {@code total} = the cap (counting a million matches of a common term would cost more than the page itself).
 * {@code highlights}: document id → a passage with the match marked, when there is a query.
 */
public record RecordPage(List<ArchiveRecord> items, int page, int size, long total, boolean totalCapped,
                         Map<String, Highlight> highlights) {

    public static final int TOTAL_CAP = 1_000;

    public record Highlight(String field, String passage) {
    }

    public RecordPage {
        items = List.copyOf(items);
        highlights = highlights == null ? Map.of() : Map.copyOf(highlights);
    }

    public RecordPage(List<ArchiveRecord> items, int page, int size, long total) {
        this(items, page, size, total, false, Map.of());
    }
}
