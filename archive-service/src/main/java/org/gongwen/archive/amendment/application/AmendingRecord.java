package org.gongwen.archive.amendment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.gongwen.archive.amendment.domain.Amendment;
import org.gongwen.archive.log.application.LogQueue;
import org.gongwen.archive.shared.application.Amendments;
import org.gongwen.archive.shared.application.ArchiveRecords;
import org.gongwen.kernel.Transactions;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.Clearance;
import org.gongwen.archive.shared.domain.Correction;
import org.gongwen.archive.shared.domain.LegalHold;
import org.gongwen.archive.shared.domain.RecordMetadata;

/** 档案更正 and 法律保全: new linked entries, each also appended to the tamper-evident log. */
public final class AmendingRecord {

    private static final ZoneId CALENDAR = ZoneId.of("Asia/Shanghai");

    /**
     * What became of a correction or legal hold: done (the new entry), refused, or unknown — the record as it
     * stands: unknown and above-clearance look the same (empty).
     */
    public sealed interface AmendmentOutcome<T> permits Done, Unknown, Refused {
    }

    public record Done<T>(T value) implements AmendmentOutcome<T> {
    }

    public record Unknown<T>() implements AmendmentOutcome<T> {
    }

    public record Refused<T>(org.gongwen.kernel.Refusal refusal) implements AmendmentOutcome<T> {
    }

    private final ArchiveRecords records;
    private final Amendments amendments;
    private final LogQueue log;
    private final Transactions transactions;
    private final Clock clock;

    public AmendingRecord(ArchiveRecords records, Amendments amendments, LogQueue log, Transactions transactions,
                          Clock clock) {
        this.records = records;
        this.amendments = amendments;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
    }

    public AmendmentOutcome<Correction> correct(Amendment.Actor actor, Clearance clearance, String documentId, String field,
                                      String value, String reason) {
        return amend(clearance, documentId, (record, current) -> Amendment.correct(record, current, actor, field, value,
                reason, UUID.randomUUID(), now()), correction -> {
                    amendments.add(correction);
                    log.enqueue(correction);
                });
    }

    public AmendmentOutcome<LegalHold> hold(Amendment.Actor actor, Clearance clearance, String documentId, boolean hold,
                                  String reason) {
        return amend(clearance, documentId, (record, current) -> Amendment.hold(record, current, actor, hold, reason,
                UUID.randomUUID(), now()), entry -> {
                    amendments.add(entry);
                    log.enqueue(entry);
                });
    }

    /** A record's metadata after its corrections, and the entries that made it so. */
    public record History(RecordMetadata metadata, java.util.List<Correction> corrections,
                          java.util.List<LegalHold> holds, org.gongwen.archive.search.domain.Catalogue.Stamp stamp) {
    }

    /** Empty if the record is unknown or above the reader's clearance. */
    public Optional<History> history(Clearance clearance, String documentId) {
        return visible(clearance, documentId).map(r -> {
            java.util.List<Correction> corrections = amendments.corrections(documentId);
            java.util.List<LegalHold> holds = amendments.holds(documentId);
            RecordMetadata metadata = RecordMetadata.of(r, corrections, holds);
            return new History(metadata, corrections, holds,
                    org.gongwen.archive.search.domain.Catalogue.Stamp.of(r, metadata));
        });
    }

    public Optional<Amendment.DisposalAssessment> disposal(Clearance clearance, String documentId) {
        return visible(clearance, documentId).map(r -> Amendment.assessDisposal(r, metadataOf(r),
                LocalDate.ofInstant(clock.instant(), CALENDAR)));
    }

    public RecordMetadata metadataOf(ArchiveRecord record) {
        return RecordMetadata.of(record, amendments.corrections(record.documentId()),
                amendments.holds(record.documentId()));
    }

    private interface Decider<T> {
        Amendment.Decision<T> decide(ArchiveRecord record, RecordMetadata current);
    }

    private interface Store<T> {
        void store(T entry);
    }

    private <T> AmendmentOutcome<T> amend(Clearance clearance, String documentId, Decider<T> decider, Store<T> store) {
        return transactions.inTransaction(() -> {
            Optional<ArchiveRecord> record = visible(clearance, documentId);
            if (record.isEmpty()) {
                return new Unknown<>();
            }
            amendments.lock(documentId);
            Amendment.Decision<T> decision = decider.decide(record.get(), metadataOf(record.get()));
            if (decision instanceof Amendment.Refused<T> refused) {
                return new Refused<>(refused.refusal());
            }
            T entry = ((Amendment.Accepted<T>) decision).entry();
            store.store(entry);
            return new Done<>(entry);
        });
    }

    private Optional<ArchiveRecord> visible(Clearance clearance, String documentId) {
        return records.find(documentId).filter(r -> clearance.covers(r.classification()));
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
