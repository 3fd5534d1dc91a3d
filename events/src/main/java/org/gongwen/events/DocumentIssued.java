package org.gongwen.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 签发: the last level approved; the document has its 发文字号 and 成文日期 (= the 签发 date, 条例 第九条(十二))
 * and carries everything the archive needs to keep it without asking anyone.
 */
public record DocumentIssued(String documentId, int revision, String documentNumber, Person signer,
                             Instant issuedAt, LocalDate documentDate, String contentHash, DocumentContent content,
                             Person drafter, List<TrailEntry> trail) implements GongwenEvent {

    public DocumentIssued {
        trail = trail == null ? List.of() : List.copyOf(trail);
    }
}
