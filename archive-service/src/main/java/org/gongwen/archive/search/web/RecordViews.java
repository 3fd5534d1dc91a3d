package org.gongwen.archive.search.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongwen.archive.rendering.application.ConsultingRenditions;
import org.gongwen.archive.search.application.RecordPage;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RegistryParticulars;
import org.gongwen.archive.shared.domain.RevisionLink;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.gongwen.events.TrailEntry;

/** The archive's JSON (contract §2 Archive). People appear as login name plus display name. */
final class RecordViews {

    private RecordViews() {
    }

    /** {@code totalCapped} and {@code highlights} (document id → {field, passage}) are additions to contract v1. */
    record Page(List<Record> items, int page, int size, long total, boolean totalCapped,
                java.util.Map<String, RecordPage.Highlight> highlights) {
    }

    /**
     * {@code kind} (ISSUED_DOCUMENT, INCOMING, ASSIGNED_MATTER), {@code receiptNumber} and {@code senderOrgan} (收文) and
     * {@code registry} (a 收文's or 交办事项's particulars, null for an issued document) are additions of issue 17;
     * {@code minutesPeriod} (a 纪要's 第N期, else null) of issue 18.
     */
    record Record(String documentId, int revision, String archiveNo, String documentNumber, String title,
                  String docType, String body, List<String> mainRecipients, List<String> copyRecipients,
                  String urgency, String classification, Integer classificationPeriodYears, String direction,
                  List<AttachmentRef> attachments, String remarks, String drafter, String drafterName, String unit,
                  String signer, String signerName, Instant issuedAt, LocalDate documentDate, String retention,
                  int year, Instant archivedAt, String contentHash, List<Trail> trail, Rendition rendition,
                  String kind, String receiptNumber, String senderOrgan, RegistryParticulars registry,
                  Revision corrects, Revision correctedBy, boolean superseded, Integer minutesPeriod) {
    }

    /**
     * 更正 (issue 18, additive): {@code corrects} names the record this one replaces (更正自), {@code correctedBy} the
     * record replacing this one (更正为); a record with {@code correctedBy} is {@code superseded}, no longer the
     * current revision of its document. {@code documentId} is the other record's key, for GET /records/{key}.
     */
    record Revision(String documentId, int revision, String archiveNo, String reason, Instant at) {
    }

    /**
     * The PDF/A-2b and OFD of the document (issue 18): {@code state} rendered, pending, failed or none (archived
     * before renditions); hashes, sizes and pages once rendered. Only on a single record, null in lists.
     */
    record Rendition(String state, String pdfSha256, Long pdfSize, String ofdSha256, Long ofdSize,
                     Integer pageCount, Instant renderedAt) {
    }

    /** The archive's own act on the record, shown after the acts it was issued with. */
    static final String RENDERED = "RENDERED";

    /** One act; {@code onBehalfOf}/{@code onBehalfOfName} name whom the actor stood in for ("X代Y"), else null. */
    record Trail(String action, String actor, String actorName, String role, Integer level, Instant at,
                 String opinion, String contentHash, String onBehalfOf, String onBehalfOfName) {
    }

    static Page of(RecordPage page, List<RevisionLink> links) {
        return new Page(page.items().stream().map(r -> of(r, null, links)).toList(), page.page(), page.size(),
                page.total(), page.totalCapped(), page.highlights());
    }

    /** One record with its renditions; a rendered one also as the trail's last act, naming both hashes. */
    static Record of(ArchiveRecord r, ConsultingRenditions.Summary renditions, List<RevisionLink> links) {
        Rendition rendition = null;
        List<Trail> trail = new java.util.ArrayList<>(r.trail().stream().map(RecordViews::of).toList());
        if (renditions != null) {
            rendition = renditions.files().map(f -> new Rendition(renditions.state(), f.pdfSha256(), f.pdfSize(),
                    f.ofdSha256(), f.ofdSize(), f.pageCount(), f.renderedAt()))
                    .orElseGet(() -> new Rendition(renditions.state(), null, null, null, null, null, null));
            renditions.files().ifPresent(f -> trail.add(new Trail(RENDERED, "archive-service", "档案系统", null, null,
                    f.renderedAt(), "PDF SHA-256 " + f.pdfSha256() + "；OFD SHA-256 " + f.ofdSha256(),
                    r.contentHash(), null, null)));
        }
        Revision corrects = links.stream().filter(l -> l.recordId().equals(r.documentId())).findFirst()
                .map(l -> new Revision(l.corrects(), l.correctsRevision(), l.correctsArchiveNo(), l.reason(),
                        l.linkedAt()))
                .orElse(null);
        Revision correctedBy = links.stream().filter(l -> l.corrects().equals(r.documentId())).findFirst()
                .map(l -> new Revision(l.recordId(), l.revision(), l.archiveNo(), l.reason(), l.linkedAt()))
                .orElse(null);
        DocumentContent c = r.content();
        return new Record(r.documentId(), r.revision(), r.archiveNo().format(), r.documentNumber(), c.title(),
                c.docType(), c.body(), c.mainRecipients(), c.copyRecipients(), c.urgency(), c.classification(),
                c.classificationPeriodYears(), c.direction(), c.attachments(), c.remarks(), username(r.drafter()),
                name(r.drafter()), r.unit(), username(r.signer()), name(r.signer()), r.issuedAt(), r.documentDate(),
                r.retention().code(), r.year(), r.archivedAt(), r.contentHash(), List.copyOf(trail), rendition,
                r.kind().name(), r.particulars() == null ? null : r.particulars().receiptNumber(),
                r.particulars() == null ? null : r.particulars().senderOrgan(), r.particulars(),
                corrects, correctedBy, correctedBy != null, r.minutesPeriod());
    }

    private static Trail of(TrailEntry t) {
        return new Trail(t.action(), username(t.actor()), name(t.actor()), t.role(), t.level(), t.at(), t.opinion(),
                t.contentHash(), t.onBehalfOf(), t.onBehalfOfName());
    }

    private static String username(Person p) {
        return p == null ? null : p.username();
    }

    private static String name(Person p) {
        return p == null ? null : p.name();
    }
}
