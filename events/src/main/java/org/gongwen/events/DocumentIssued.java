package org.gongwen.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 签发: the last level approved; the document has its 发文字号 and 成文日期 (= the 签发 date, 条例 第九条(十二))
 * and carries everything the archive needs to keep it without asking anyone. {@code corrects} (更正, additive) is
 * set when this revision replaces an issued one; its 文号 is then the same unless the signer re-numbered it.
 * {@code minutesPeriod} (additive) is a 纪要's 期号, the N of 第N期 printed in its head (GB/T 9704 §10.3): numbered
 * per organ and year without gaps at 签发 like the 文号; null for every other 文种.
 */
public record DocumentIssued(String documentId, int revision, String documentNumber, Person signer,
                             Instant issuedAt, LocalDate documentDate, String contentHash, DocumentContent content,
                             Person drafter, List<TrailEntry> trail, Corrects corrects, Integer minutesPeriod)
        implements GongwenEvent {

    public DocumentIssued {
        trail = trail == null ? List.of() : List.copyOf(trail);
        if (minutesPeriod != null && minutesPeriod < 1) {
            throw new IllegalArgumentException("a 纪要's 期号 starts at 1, got " + minutesPeriod);
        }
    }

    /** A 签发 of a document that is not a 纪要 (no 期号). */
    public DocumentIssued(String documentId, int revision, String documentNumber, Person signer, Instant issuedAt,
                          LocalDate documentDate, String contentHash, DocumentContent content, Person drafter,
                          List<TrailEntry> trail, Corrects corrects) {
        this(documentId, revision, documentNumber, signer, issuedAt, documentDate, contentHash, content, drafter, trail,
                corrects, null);
    }

    /** An ordinary 签发, correcting nothing. */
    public DocumentIssued(String documentId, int revision, String documentNumber, Person signer, Instant issuedAt,
                          LocalDate documentDate, String contentHash, DocumentContent content, Person drafter,
                          List<TrailEntry> trail) {
        this(documentId, revision, documentNumber, signer, issuedAt, documentDate, contentHash, content, drafter, trail,
                null);
    }
}
