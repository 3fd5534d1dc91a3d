package org.gongwen.archive.amendment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.CorrectableField;
import org.gongwen.archive.shared.domain.Correction;
import org.gongwen.archive.shared.domain.LegalHold;
import org.gongwen.archive.shared.domain.RecordMetadata;
import org.gongwen.kernel.Refusal;
import org.gongwen.archive.shared.domain.Retention;

/**
 * Decisions about changing what the archive says of a record: corrections, legal holds, disposal. Each decision
 * is a value: a new entry to append, or a refusal. Nothing here ever edits the record.
 */
public final class Amendment {

    public static final int MAX_REASON = 2000;

    private Amendment() {
    }

    public sealed interface Decision<T> permits Accepted, Refused {
    }

    public record Accepted<T>(T entry) implements Decision<T> {
    }

    public record Refused<T>(Refusal refusal) implements Decision<T> {
    }

    /** Who amends: login, display name and roles. Only 档案 staff (AUDITOR) correct metadata. */
    public record Actor(String username, String name, java.util.Set<String> roles) {
    }

    public static Decision<Correction> correct(ArchiveRecord record, RecordMetadata current, Actor actor,
                                               String fieldName, String value, String reason, UUID id, Instant at) {
        if (!actor.roles().contains("AUDITOR")) {
            return forbidden("not-archivist", "仅档案人员可以更正档案元数据。", "Only AUDITOR may correct archive metadata.");
        }
        CorrectableField field = CorrectableField.ofWireName(fieldName).orElse(null);
        if (field == null) {
            return refused("field-not-correctable", "该字段不可更正：" + fieldName + "（可更正：retention、pageCount、note）",
                    "Field cannot be corrected: " + fieldName + " (allowed: retention, pageCount, note)");
        }
        Refusal reasonRefusal = reasonRefusal(reason);
        if (reasonRefusal != null) {
            return new Refused<>(reasonRefusal);
        }
        String normalised = normalise(field, value);
        if (normalised == null) {
            return refused("invalid-value", "更正值无效：" + value, "Invalid value for " + fieldName + ": " + value);
        }
        String previous = current.valueOf(field);
        if (normalised.equals(previous)) {
            return refused("no-change", "更正值与现值相同。", "The value is already " + normalised + ".");
        }
        return new Accepted<>(new Correction(id, record.documentId(), field, previous, normalised, reason.trim(),
                actor.username(), actor.name(), at));
    }

    /** Places ({@code hold}) or releases a 法律保全. AUDITOR and CHIEF may; placing twice or releasing none is a refusal. */
    public static Decision<LegalHold> hold(ArchiveRecord record, RecordMetadata current, Actor actor, boolean hold,
                                           String reason, UUID id, Instant at) {
        if (!actor.roles().contains("AUDITOR") && !actor.roles().contains("CHIEF")) {
            return forbidden("not-allowed-to-hold", "仅档案人员和局长可以设置或解除法律保全。",
                    "Only AUDITOR and CHIEF may place or release a legal hold.");
        }
        Refusal reasonRefusal = reasonRefusal(reason);
        if (reasonRefusal != null) {
            return new Refused<>(reasonRefusal);
        }
        if (current.legalHold() == hold) {
            return hold ? conflict("already-held", "该档案已处于法律保全中。", "The record is already under legal hold.")
                    : conflict("not-held", "该档案未处于法律保全中。", "The record is not under legal hold.");
        }
        return new Accepted<>(new LegalHold(id, record.documentId(), hold, reason.trim(), actor.username(), at));
    }

    /** 销毁鉴定: a record may be disposed of once its period has run out and no legal hold stands. */
    public record DisposalAssessment(boolean eligible, LocalDate retentionEnds, boolean legalHold,
                                     List<Refusal> blockers) {
    }

    public static DisposalAssessment assessDisposal(ArchiveRecord record, RecordMetadata current, LocalDate today) {
        List<Refusal> blockers = new ArrayList<>();
        LocalDate ends = current.retentionEndsAfter(record.year()).orElse(null);
        if (ends == null) {
            blockers.add(unprocessable("permanent", "永久保管，不得销毁。", "Kept permanently (Y); never disposed of."));
        } else if (today.isBefore(ends)) {
            blockers.add(unprocessable("retention-running", "保管期限未满，" + ends + " 起方可鉴定销毁。",
                    "The retention period runs until " + ends + "."));
        }
        if (current.legalHold()) {
            blockers.add(unprocessable("legal-hold", "处于法律保全中，不得销毁。", "Under legal hold: may not be disposed of."));
        }
        return new DisposalAssessment(blockers.isEmpty(), ends, current.legalHold(), List.copyOf(blockers));
    }

    private static Refusal reasonRefusal(String reason) {
        if (reason == null || reason.isBlank()) {
            return unprocessable("reason-required", "必须说明理由。", "A reason is required.");
        }
        if (reason.length() > MAX_REASON) {
            return unprocessable("reason-too-long", "理由不得超过 " + MAX_REASON + " 字。",
                    "The reason may have at most " + MAX_REASON + " characters.");
        }
        return null;
    }

    private static String normalise(CorrectableField field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        return switch (field) {
            case RETENTION -> Retention.ofCode(v).map(Retention::code).orElse(null);
            case PAGE_COUNT -> v.matches("[1-9][0-9]{0,4}") ? v : null;
            case NOTE -> v.length() <= MAX_REASON ? v : null;
        };
    }

    private static <T> Refused<T> refused(String code, String zh, String en) {
        return new Refused<>(unprocessable(code, zh, en));
    }

    private static <T> Refused<T> forbidden(String code, String zh, String en) {
        return new Refused<>(Refusal.forbidden(code, zh, en));
    }

    private static <T> Refused<T> conflict(String code, String zh, String en) {
        return new Refused<>(Refusal.conflict(code, zh, en));
    }

    /** What is asked breaks an archive rule (a 422 at the edge). */
    private static Refusal unprocessable(String code, String zh, String en) {
        return Refusal.of(Refusal.Kind.RULE_VIOLATION, code, zh, en);
    }
}
