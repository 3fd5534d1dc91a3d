package org.gongwen.archive.accession.domain;

import java.util.Map;
import java.util.Objects;

import org.gongwen.archive.shared.domain.Retention;

/**
 * The organ's own 保管期限表 by 文种: 8号令 第十二条 leaves the table to each organ, so it is data, not code.
 * A 文种 the table does not name gets the default period.
 */
public record RetentionSchedule(Map<String, Retention> byDocType, Retention fallback) {

    public RetentionSchedule {
        byDocType = Map.copyOf(byDocType);
        Objects.requireNonNull(fallback, "a default retention is required");
    }

    public Retention retentionOf(String docType) {
        return docType == null ? fallback : byDocType.getOrDefault(docType.trim(), fallback);
    }
}
