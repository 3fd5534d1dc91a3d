package org.gongwen.archive.shared.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A record's archival metadata as it stands after its corrections (applied in order) and legal-hold entries:
 * the record itself never changes.
 */
public record RecordMetadata(Retention retention, @Nullable Integer pageCount, @Nullable String note,
                             boolean legalHold) {

    public static RecordMetadata of(ArchiveRecord record, List<Correction> corrections, List<LegalHold> holds) {
        Retention retention = record.retention();
        Integer pageCount = null;
        String note = null;
        for (Correction c : corrections) {
            switch (c.field()) {
                case RETENTION -> retention = Retention.ofCode(c.newValue()).orElse(retention);
                case PAGE_COUNT -> pageCount = Integer.valueOf(c.newValue());
                case NOTE -> note = c.newValue();
            }
        }
        boolean held = !holds.isEmpty() && holds.get(holds.size() - 1).held();
        return new RecordMetadata(retention, pageCount, note, held);
    }

    /** The current value of a field as text, for a correction's "previous value". */
    public String valueOf(CorrectableField field) {
        return switch (field) {
            case RETENTION -> retention.code();
            case PAGE_COUNT -> pageCount == null ? null : pageCount.toString();
            case NOTE -> note;
        };
    }

    /**
     * The first day the record may be disposed of, empty for 永久: 定期 periods run from 1 January of the year after
     * the 年度 (common archival practice, 8号令 — the exact counting rule is unconfirmed in reference.md §6).
     */
    public Optional<LocalDate> retentionEndsAfter(int year) {
        return switch (retention) {
            case PERMANENT -> Optional.empty();
            case THIRTY_YEARS -> Optional.of(LocalDate.of(year + 1 + 30, 1, 1));
            case TEN_YEARS -> Optional.of(LocalDate.of(year + 1 + 10, 1, 1));
        };
    }
}
