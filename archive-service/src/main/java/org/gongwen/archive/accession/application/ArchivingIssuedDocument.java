package org.gongwen.archive.accession.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.gongwen.archive.accession.domain.Accession;
import org.gongwen.archive.accession.domain.RetentionSchedule;
import org.gongwen.archive.accession.domain.Revisions;
import org.gongwen.archive.log.application.LogQueue;
import org.gongwen.archive.rendering.application.RenderJobs;
import org.gongwen.archive.shared.application.ArchiveRecords;
import org.gongwen.archive.shared.application.ArchivedAttachments;
import org.gongwen.archive.shared.application.RevisionLinks;
import org.gongwen.kernel.Transactions;
import org.gongwen.archive.shared.domain.ArchiveNo;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RecordKind;
import org.gongwen.archive.shared.domain.RevisionLink;
import org.gongwen.kernel.Refusal;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.RecordArchived;

/** 归档: keeps an issued document under a new 档号 and announces it, all in one transaction. */
public final class ArchivingIssuedDocument {

    public sealed interface Outcome permits Archived, AlreadyArchived, Refused {
    }

    public record Archived(ArchiveRecord record) implements Outcome {
    }

    /** A second delivery of the same document: nothing stored, no 件号 used. */
    public record AlreadyArchived(String documentId) implements Outcome {
    }

    public record Refused(Refusal refusal) implements Outcome {
    }

    private final ArchiveRecords records;
    private final LogQueue log;
    private final EventPublisher events;
    private final ContentHasher hasher;
    private final Transactions transactions;
    private final RetentionSchedule schedule;
    private final String fonds;
    private final Clock clock;
    private final AttachmentSource source;
    private final ArchivedAttachments attachments;
    private final RenderJobs renderJobs;
    private final RevisionLinks revisions;

    public ArchivingIssuedDocument(ArchiveRecords records, LogQueue log, EventPublisher events, ContentHasher hasher,
                                   Transactions transactions, RetentionSchedule schedule, String fonds, Clock clock,
                                   AttachmentSource source, ArchivedAttachments attachments, RenderJobs renderJobs,
                                   RevisionLinks revisions) {
        this.revisions = revisions;
        this.renderJobs = renderJobs;
        this.source = source;
        this.attachments = attachments;
        this.records = records;
        this.log = log;
        this.events = events;
        this.hasher = hasher;
        this.transactions = transactions;
        this.schedule = schedule;
        this.fonds = fonds;
        this.clock = clock;
    }

    public Outcome archive(DocumentIssued issued) {
        String recomputed = issued.content() == null ? null : hasher.hashOf(issued.content());
        Accession.Decision decision = Accession.decide(issued, recomputed, schedule);
        if (decision instanceof Accession.Refused refused) {
            return new Refused(refused.refusal());
        }
        Accession.Accepted accepted = (Accession.Accepted) decision;
        // the files are fetched before the transaction (no connection held across HTTP calls) and not at all for a
        // document already archived; AttachmentSource.Unavailable propagates: the delivery is retried later
        // each issued revision is a record of its own (更正 after 签发): a correction is not "already archived"
        String recordId = Revisions.recordIdOf(issued);
        if (records.find(recordId).isPresent()) {
            return new AlreadyArchived(recordId);
        }
        AttachmentFiles.AttachmentFetch files = AttachmentFiles.fetch(issued.content().attachments(), source);
        if (files instanceof AttachmentFiles.Refused refused) {
            return new Refused(refused.refusal());
        }
        List<ArchivedAttachments.Stored> stored = ((AttachmentFiles.Fetched) files).files();
        return transactions.inTransaction(() -> {
            if (records.containsLocked(recordId)) {
                return new AlreadyArchived(recordId);
            }
            Optional<ArchiveRecord> corrected = Optional.empty();
            if (issued.corrects() != null) {
                // refused before a 件号 is drawn, so a refused correction leaves no gap in the class
                corrected = records.find(revisions.currentRecordOf(issued.documentId()));
                Optional<Refusal> refusal = Revisions.refusalOf(issued, corrected);
                if (refusal.isPresent()) {
                    return new Refused(refusal.get());
                }
            }
            ArchiveNo archiveNo = new ArchiveNo(fonds, accepted.archivalClass(),
                    records.nextItemNo(accepted.archivalClass()));
            // PostgreSQL keeps microseconds: the event and the row must carry the same instant
            Instant archivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            ArchiveRecord record = new ArchiveRecord(recordId, issued.revision(), archiveNo,
                    issued.documentNumber(), issued.content(), issued.contentHash(), issued.drafter(),
                    issued.signer(), issued.issuedAt(), issued.documentDate(), archivedAt, issued.trail(),
                    RecordKind.ISSUED_DOCUMENT, null, issued.minutesPeriod());
            records.add(record);
            attachments.add(record.documentId(), stored);
            // queued in the same transaction: no archived record without its leaf-to-be, and no leaf without it
            log.enqueue(record);
            // the link is a fact of its own: the corrected record stays exactly as it was archived (V1 trigger); its
            // leaf follows the record's, so a link row deleted or altered later no longer matches the log (四性)
            corrected.ifPresent(old -> {
                RevisionLink link = new RevisionLink(issued.documentId(), recordId, issued.revision(),
                        archiveNo.format(), old.documentId(), old.revision(), old.archiveNo().format(),
                        issued.corrects().reason(), archivedAt);
                revisions.add(link);
                log.enqueue(link);
            });
            stored.forEach(file -> log.enqueue(record.documentId(), file));
            // the PDF and OFD are made by the render worker after this commits: 签发 → visible in the archive does
            // not wait for 0.1–3 s of layout (issue 15); the job is durable, so no record is left without files
            renderJobs.enqueue(record.documentId(), archivedAt);
            // keyed by the document, as every event: drafting follows the document, whichever record holds it
            events.publish(new RecordArchived(issued.documentId(), record.revision(), archiveNo.format(), archivedAt));
            return new Archived(record);
        });
    }
}
