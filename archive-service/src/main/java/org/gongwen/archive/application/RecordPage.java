package org.gongwen.archive.application;

import java.util.List;

import org.gongwen.archive.domain.ArchiveRecord;

public record RecordPage(List<ArchiveRecord> items, int page, int size, long total) {

    public RecordPage {
        items = List.copyOf(items);
    }
}
