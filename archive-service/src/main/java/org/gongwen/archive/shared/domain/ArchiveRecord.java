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
 */
public record ArchiveRecord(String documentId, int revision, ArchiveNo archiveNo, String documentNumber,
                            DocumentContent content, String contentHash, Person drafter, @Nullable Person signer,
                            Instant issuedAt, LocalDate documentDate, Instant archivedAt, List<TrailEntry> trail) {

    public ArchiveRecord {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(archiveNo, "archiveNo");
        Objects.requireNonNull(content, "content");
        trail = trail == null ? List.of() : List.copyOf(trail);
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
