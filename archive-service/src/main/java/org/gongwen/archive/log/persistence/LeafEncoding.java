package org.gongwen.archive.log.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongwen.archive.log.application.LogQueue;
import org.gongwen.archive.shared.application.ArchivedAttachments;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.Correction;
import org.gongwen.archive.shared.domain.LegalHold;
import org.gongwen.archive.shared.domain.RecordKind;
import org.gongwen.archive.shared.domain.RegistryParticulars;
import org.gongwen.archive.shared.domain.RenditionFiles;
import org.gongwen.archive.shared.domain.RevisionLink;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.gongwen.events.TrailEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bytes of a leaf: canonical JSON (properties sorted, no white space — the same rules as the content hash),
 * UTF-8. They are stored verbatim and exported verbatim, so the verifier hashes exactly what the log hashed.
 */
public final class LeafEncoding {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /**
     * The record as archived: 档号, 文号, content with its hash, provenance and the full trail (业务行为). A 收文 or
     * 交办事项 record (issue 17) adds its {@code recordKind} and {@code particulars}; both are left out for an issued
     * document, so the leaves of issued documents keep exactly the bytes they had before; so is a 纪要's
     * {@code minutesPeriod} (issue 18) for every other record.
     */
    record RecordLeaf(String kind, String documentId, int revision, String archiveNo, String documentNumber,
                      String contentHash, DocumentContent content, Person drafter, Person signer, Instant issuedAt,
                      LocalDate documentDate, Instant archivedAt, List<TrailEntry> trail,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String recordKind,
                      @JsonInclude(JsonInclude.Include.NON_NULL) RegistryParticulars particulars,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Integer minutesPeriod) {
    }

    record CorrectionLeaf(String kind, String id, String documentId, String field, String previousValue,
                          String newValue, String reason, String actor, Instant at) {
    }

    record HoldLeaf(String kind, String id, String documentId, boolean held, String reason, String actor, Instant at) {
    }

    record AttachmentLeaf(String kind, String documentId, int position, String name, String sha256, long size,
                          String contentType) {
    }

    record RenditionLeaf(String kind, String documentId, String pdfSha256, long pdfSize, String ofdSha256,
                         long ofdSize, int pageCount, Instant renderedAt) {
    }

    /**
     * 更正 (issue 18): the link between a correction's record and the record it replaces, a leaf of its own so that
     * a link row deleted or altered afterwards differs from the log (the records' leaves alone cannot show it).
     */
    record RevisionLinkLeaf(String kind, String documentId, String recordId, int revision, String archiveNo,
                            String corrects, int correctsRevision, String correctsArchiveNo, String reason,
                            Instant linkedAt) {
    }

    private LeafEncoding() {
    }

    public static byte[] of(ArchiveRecord r) {
        return bytes(new RecordLeaf("record", r.documentId(), r.revision(), r.archiveNo().format(), r.documentNumber(),
                r.contentHash(), r.content(), r.drafter(), r.signer(), r.issuedAt(), r.documentDate(), r.archivedAt(),
                r.trail(), r.kind() == RecordKind.ISSUED_DOCUMENT ? null : r.kind().name(), r.particulars(),
                r.minutesPeriod()));
    }

    static byte[] of(Correction c) {
        return bytes(new CorrectionLeaf("correction", c.id().toString(), c.documentId(), c.field().wireName(),
                c.previousValue(), c.newValue(), c.reason(), c.actor(), c.at()));
    }

    static byte[] of(LegalHold h) {
        return bytes(new HoldLeaf("legal-hold", h.id().toString(), h.documentId(), h.held(), h.reason(), h.actor(),
                h.at()));
    }

    static byte[] of(String documentId, ArchivedAttachments.Stored f) {
        return bytes(new AttachmentLeaf("attachment", documentId, f.position(), f.name(), f.sha256(), f.size(),
                f.contentType()));
    }

    /** The renditions of a record: public, for the 四性 check that compares the stored leaf with the stored files. */
    public static byte[] of(RenditionFiles r) {
        return bytes(new RenditionLeaf("rendition", r.documentId(), r.pdfSha256(), r.pdfSize(), r.ofdSha256(),
                r.ofdSize(), r.pageCount(), r.renderedAt()));
    }

    /** A revision link: public, for the 四性 check that compares the stored links with their leaves. */
    public static byte[] of(RevisionLink l) {
        return bytes(new RevisionLinkLeaf(LogQueue.REVISION_LINK, l.documentId(), l.recordId(), l.revision(), l.archiveNo(),
                l.corrects(), l.correctsRevision(), l.correctsArchiveNo(), l.reason(), l.linkedAt()));
    }

    private static byte[] bytes(Object leaf) {
        return CANONICAL.writeValueAsString(leaf).getBytes(StandardCharsets.UTF_8);
    }
}
