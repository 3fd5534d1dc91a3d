package org.gongwen.archive.accession.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.gongwen.archive.accession.domain.RegistryAccession;
import org.gongwen.archive.accession.domain.RegistrySchedule;
import org.gongwen.archive.log.application.LogQueue;
import org.gongwen.archive.shared.application.ArchiveRecords;
import org.gongwen.archive.shared.domain.ArchiveNo;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.events.RecordArchived;
import org.gongwen.events.RegistryIncomingConcluded;
import org.gongwen.events.RegistryMatterConcluded;
import org.gongwen.kernel.Refusal;
import org.gongwen.kernel.Transactions;

/**
 * 归档 of a concluded 收文 or 交办事项 (issue 17): the same steps as an issued document's — one transaction takes the
 * class's next 件号, stores the record, queues its leaf for the log and announces it — but the archive itself
 * computes the content hash (nobody signed a 收文 here) and there are no files to fetch or render.
 */
public final class ArchivingRegistryRecord {

    public sealed interface Outcome permits Archived, AlreadyArchived, NotArchivable, Refused {
    }

    public record Archived(ArchiveRecord record) implements Outcome {
    }

    /** A second delivery of the same 办结: nothing stored, no 件号 used. */
    public record AlreadyArchived(String documentId) implements Outcome {
    }

    /** An incoming-concluded of a producer before archiving: it carries nothing to keep. */
    public record NotArchivable(String documentId) implements Outcome {
    }

    public record Refused(Refusal refusal) implements Outcome {
    }

    private final ArchiveRecords records;
    private final LogQueue log;
    private final EventPublisher events;
    private final ContentHasher hasher;
    private final Transactions transactions;
    private final RegistrySchedule schedule;
    private final String fonds;
    private final Clock clock;

    public ArchivingRegistryRecord(ArchiveRecords records, LogQueue log, EventPublisher events, ContentHasher hasher,
                                   Transactions transactions, RegistrySchedule schedule, String fonds, Clock clock) {
        this.records = records;
        this.log = log;
        this.events = events;
        this.hasher = hasher;
        this.transactions = transactions;
        this.schedule = schedule;
        this.fonds = fonds;
        this.clock = clock;
    }

    public Outcome archive(RegistryIncomingConcluded concluded) {
        if (!RegistryAccession.archivable(concluded)) {
            return new NotArchivable(concluded.documentId());
        }
        // the 来函 and our 复函 are kept together: the reply's period, once it is in the archive, is the floor
        Optional<Retention> reply = Optional.ofNullable(concluded.replyDocumentId()).flatMap(records::find)
                .map(ArchiveRecord::retention);
        return store(concluded.documentId(), concluded.revision(),
                RegistryAccession.incoming(concluded, schedule, reply));
    }

    public Outcome archive(RegistryMatterConcluded concluded) {
        return store(concluded.documentId(), concluded.revision(), RegistryAccession.matter(concluded, schedule));
    }

    private Outcome store(String documentId, int revision, RegistryAccession.Decision decision) {
        if (decision instanceof RegistryAccession.Refused refused) {
            return new Refused(refused.refusal());
        }
        RegistryAccession.Prepared p = ((RegistryAccession.Accepted) decision).record();
        if (!isUuid(documentId)) {
            return new Refused(Refusal.of(Refusal.Kind.RULE_VIOLATION, "registry-record-id",
                    "收文或交办事项的标识无效：" + documentId, "Not a registry record id: " + documentId));
        }
        return transactions.inTransaction(() -> {
            if (records.containsLocked(documentId)) {
                return new AlreadyArchived(documentId);
            }
            ArchiveNo archiveNo = new ArchiveNo(fonds, p.archivalClass(), records.nextItemNo(p.archivalClass()));
            // PostgreSQL keeps microseconds: the event and the row must carry the same instant
            Instant archivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            ArchiveRecord record = new ArchiveRecord(documentId, revision, archiveNo, p.documentNumber(), p.content(),
                    hasher.hashOf(p.content()), p.drafter(), p.signer(), null, p.documentDate(), archivedAt,
                    p.trail(), p.kind(), p.particulars());
            records.add(record);
            // queued in the same transaction: no archived record without its leaf-to-be, and no leaf without it
            log.enqueue(record);
            events.publish(new RecordArchived(documentId, revision, archiveNo.format(), archivedAt));
            return new Archived(record);
        });
    }

    /** The registry's ids are UUIDs, never an issued document's: a malformed one is not guessed at. */
    private static boolean isUuid(String id) {
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
