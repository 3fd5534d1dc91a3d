package org.gongwen.archive.search.application;

import org.gongwen.archive.shared.domain.Clearance;

/** 查档's search over the archive's records, within the reader's clearance. */
public interface RecordSearch {

    RecordPage search(RecordQuery query, Clearance reader);
}
