package org.gongwen.archive.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.gongwen.events.TrailEntry;
import org.jspecify.annotations.Nullable;

/**
 * One 件 in the archive: the issued document exactly as signed, with its 档号, its provenance (drafter,
 * signer, trail as received) and the hash it was accepted under. Never changed once stored.
 *
 * <p>Since issue 17 a record may also be a 收文 or a 交办事项 ({@link #kind()}): its content is then the 收文's
 * registration with its 处理单 as the text (来文单位 as the issuing organ, 来文字号 as the 文号), or the 交办单; the
 * drafter is who registered (or concluded) it, the signer the leader who 批办ed (or 交办ed) it, and the
 * {@link #particulars()} keep the rest as registry-service sent it. One model rather than a parallel table: every
 * slice (档号, log, search, clearance, export, 四性) already works on it and keeps working for the new kinds.
 * {@link #minutesPeriod()} is a 纪要's 期号 (第N期, issue 18) as document.issued carried it, else null.
 */
public record ArchiveRecord(String documentId, int revision, ArchiveNo archiveNo, String documentNumber,
                            DocumentContent content, String contentHash, Person drafter, @Nullable Person signer,
                            Instant issuedAt, LocalDate documentDate, Instant archivedAt, List<TrailEntry> trail,
                            RecordKind kind, @Nullable RegistryParticulars particulars,
                            @Nullable Integer minutesPeriod) {

    public ArchiveRecord {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(archiveNo, "archiveNo");
        Objects.requireNonNull(content, "content");
        trail = trail == null ? List.of() : List.copyOf(trail);
        kind = kind == null ? RecordKind.ISSUED_DOCUMENT : kind;
        if ((kind == RecordKind.ISSUED_DOCUMENT) != (particulars == null)) {
            throw new IllegalArgumentException("particulars belong to a 收文 or 交办事项 record, and only to them");
        }
    }

    /** Without a 纪要 期号: a 收文 or 交办事项, or a document of another 文种. */
    public ArchiveRecord(String documentId, int revision, ArchiveNo archiveNo, String documentNumber,
                         DocumentContent content, String contentHash, Person drafter, @Nullable Person signer,
                         Instant issuedAt, LocalDate documentDate, Instant archivedAt, List<TrailEntry> trail,
                         RecordKind kind, @Nullable RegistryParticulars particulars) {
        this(documentId, revision, archiveNo, documentNumber, content, contentHash, drafter, signer, issuedAt,
                documentDate, archivedAt, trail, kind, particulars, null);
    }

    /** An issued document (发文), the shape before issue 17. */
    public ArchiveRecord(String documentId, int revision, ArchiveNo archiveNo, String documentNumber,
                         DocumentContent content, String contentHash, Person drafter, @Nullable Person signer,
                         Instant issuedAt, LocalDate documentDate, Instant archivedAt, List<TrailEntry> trail) {
        this(documentId, revision, archiveNo, documentNumber, content, contentHash, drafter, signer, issuedAt,
                documentDate, archivedAt, trail, RecordKind.ISSUED_DOCUMENT, null);
    }

    public Retention retention() {
        return archiveNo.archivalClass().retention();
    }

    public int year() {
        return archiveNo.archivalClass().year();
    }

    public String unit() {
        return archiveNo.archivalClass().unit();
    }

    public Clearance classification() {
        return Clearance.ofClassification(content.classification());
    }

    /** 责任者 is the issuing organ (or the signer), not the drafting section (reference.md §3.2 目录 fields). */
    public @Nullable String responsible() {
        if (content.issuingOrgan() != null && !content.issuingOrgan().isBlank()) {
            return content.issuingOrgan();
        }
        return signer == null ? null : signer.name();
    }
}
