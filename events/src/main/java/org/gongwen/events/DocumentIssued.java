package org.gongwen.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 签发: the last level approved; the document has its 发文字号 and 成文日期 (= the 签发 date, 条例 第九条(十二))
 * and carries everything the archive needs to keep it without asking anyone. {@code corrects} (更正, additive) is
 * set when this revision replaces an issued one; its 文号 is then the same unless the signer re-numbered it.
 */
public record DocumentIssued(String documentId, int revision, String documentNumber, Person signer,
                             Instant issuedAt, LocalDate documentDate, String contentHash, DocumentContent content,
                             Person drafter, List<TrailEntry> trail, Corrects corrects)
        implements GongwenEvent {

    public DocumentIssued {
        trail = trail == null ? List.of() : List.copyOf(trail);
    }

    /** An ordinary 签发, correcting nothing. */
    public DocumentIssued(String documentId, int revision, String documentNumber, Person signer, Instant issuedAt,
                          LocalDate documentDate, String contentHash, DocumentContent content, Person drafter,
                          List<TrailEntry> trail) {
        this(documentId, revision, documentNumber, signer, issuedAt, documentDate, contentHash, content, drafter, trail,
                null);
    }
}
