package org.gongwen.registry.supervision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.kernel.Refusal;
import org.gongwen.registry.shared.domain.Refusals;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.shared.domain.Outcome;
import org.gongwen.registry.shared.domain.Person;
import org.gongwen.registry.shared.domain.RegistryEvent;
import org.jspecify.annotations.Nullable;

/** One 交办事项 under 督办, from assignment to 办结, with every progress report. */
public record AssignedMatter(UUID id, Source source, @Nullable UUID sourceDocumentId, Classification classification,
                             String matter, String unit,
                             LocalDate deadline, String assignedBy, Instant assignedAt, List<Report> reports,
                             @Nullable String result, @Nullable Instant concludedAt) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Where the matter comes from: a leader's 批示 on a document, a meeting's decision, or handed over in person. */
    public enum Source { INSTRUCTION, MEETING, AD_HOC }

    public record Report(String reporter, String progress, Instant at) {
    }

    public record MatterAssigned(UUID documentId, String unit, LocalDate deadline, String assignedBy, Instant at)
            implements RegistryEvent {
    }

    public record ProgressReported(UUID documentId, String reporter, String progress, Instant at)
            implements RegistryEvent {
    }

    public record MatterConcluded(UUID documentId, String result, String concludedBy, Instant at)
            implements RegistryEvent {
    }

    public AssignedMatter {
        reports = List.copyOf(reports);
    }

    /**
     * SUP-ASSIGN-1: a leader hands it over with what is to be done, the 承办 unit and a deadline (a 交办事项 always has
     * one) that is not in the past; one from a 批示 names the document it was written on.
     *
     * <p>SUP-ASSIGN-2: the matter carries a 密级, because what a leader writes on a 机密 document is 机密 too. A named
     * source document must be one the registry knows ({@code sourceMarking}: the 密级 of the 收文 or of the issued
     * document it distributed; null when unknown) and within the leader's clearance — both refused alike, so the
     * answer does not tell whether a document he may not see exists. The matter's 密级 is the stated one
     * ({@code stated}: 绝密/机密/秘密/非密) but never below its source's, and within the leader's clearance; absent, it
     * is the source's (非密 without a source).
     */
    public static Outcome<AssignedMatter> assign(Source source, @Nullable UUID sourceDocumentId,
                                                 @Nullable Classification sourceMarking, @Nullable String stated,
                                                 String matter, String unit, @Nullable LocalDate deadline,
                                                 Person leader, Instant at) {
        if (!leader.isLeader()) {
            return Outcome.refused(Refusals.forbidden("matter-assign-not-leader", "交办事项由领导交办。",
                    "A leader assigns a matter.", "SUP-ASSIGN-1"));
        }
        List<RuleViolation> violations = new ArrayList<>();
        if (matter == null || matter.isBlank()) {
            violations.add(RuleViolation.error("SUP-ASSIGN-1", "matter", "请填写交办内容。", "Say what is to be done."));
        }
        if (unit == null || unit.isBlank()) {
            violations.add(RuleViolation.error("SUP-ASSIGN-1", "unit", "请指定承办单位。", "Name the handling unit."));
        }
        if (deadline == null || deadline.isBefore(LocalDate.ofInstant(at, ZONE))) {
            violations.add(RuleViolation.error("SUP-ASSIGN-1", "deadline", "交办事项须有不早于今天的办理时限。",
                    "A matter has a deadline, not in the past."));
        }
        if (source == Source.INSTRUCTION && sourceDocumentId == null) {
            violations.add(RuleViolation.error("SUP-ASSIGN-1", "sourceDocumentId", "领导批示交办须注明所批公文。",
                    "A matter from an instruction names the document it was written on."));
        }
        Classification marking = marking(sourceDocumentId, sourceMarking, stated, leader, violations);
        if (!violations.isEmpty() || deadline == null) {
            return Outcome.refused(new Refusal(Refusal.Kind.RULE_VIOLATION, "matter-invalid", "交办事项信息不完整或有误。",
                    "The matter is incomplete or wrong.", violations.get(0).rule(), violations));
        }
        UUID id = UUID.randomUUID();
        AssignedMatter assigned = new AssignedMatter(id, source, sourceDocumentId, marking, matter.strip(), unit,
                deadline, leader.username(), at, List.of(), null, null);
        return Outcome.done(assigned, new MatterAssigned(id, unit, deadline, leader.username(), at));
    }

    /** SUP-ASSIGN-2 (see {@link #assign}): the matter's 密级, adding a violation for each field found wrong. */
    private static Classification marking(@Nullable UUID sourceDocumentId, @Nullable Classification sourceMarking,
                                          @Nullable String stated, Person leader, List<RuleViolation> violations) {
        Classification floor = Classification.非密;
        if (sourceDocumentId != null) {
            if (sourceMarking == null || !leader.isClearedFor(sourceMarking)) {
                violations.add(RuleViolation.error("SUP-ASSIGN-2", "sourceDocumentId",
                        "所批公文须为本机关登记的收文或分发的公文，且在您的密级之内。",
                        "The document must be a 收文 or an issued document the registry knows, within your clearance."));
                return Classification.非密;
            }
            floor = sourceMarking;
        }
        if (stated == null || stated.isBlank()) {
            return floor;
        }
        Classification declared = Classification.ofMarking(stated).orElse(null);
        if (declared == null) {
            violations.add(RuleViolation.error("GB-SEC-1", "classification", "密级只能是绝密、机密、秘密或不填。",
                    "The classification is 绝密, 机密, 秘密 or absent."));
            return floor;
        }
        if (declared.rank() < floor.rank()) {
            violations.add(RuleViolation.error("SUP-ASSIGN-2", "classification", "交办事项的密级不得低于所批公文的密级（"
                    + floor.label() + "）。", "A matter is classified at least as its source document (" + floor + ")."));
            return floor;
        }
        if (!leader.isClearedFor(declared)) {
            violations.add(RuleViolation.error("SUP-ASSIGN-2", "classification", "交办事项的密级超出您的密级。",
                    "The matter's classification is above your clearance."));
        }
        return declared;
    }

    /** SUP-PROGRESS-1: the 承办 unit reports progress while the matter is open. */
    public Outcome<AssignedMatter> report(Person reporter, String progress, Instant at) {
        Refusal refusal = mayHandle(reporter, "SUP-PROGRESS-1");
        if (refusal == null && (progress == null || progress.isBlank())) {
            refusal = Refusal.ruleViolation("matter-progress-missing", "请填写进展情况。", "Say what has been done.",
                    "SUP-PROGRESS-1", "progress");
        }
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        List<Report> longer = new ArrayList<>(reports);
        longer.add(new Report(reporter.username(), progress.strip(), at));
        return Outcome.done(new AssignedMatter(id, source, sourceDocumentId, classification, matter, unit, deadline, assignedBy,
                assignedAt, longer, null, null), new ProgressReported(id, reporter.username(), progress.strip(), at));
    }

    /** SUP-DONE-1: the 承办 unit concludes it (办结) with the result, once. */
    public Outcome<AssignedMatter> conclude(Person handler, String outcome, Instant at) {
        Refusal refusal = mayHandle(handler, "SUP-DONE-1");
        if (refusal == null && (outcome == null || outcome.isBlank())) {
            refusal = Refusal.ruleViolation("matter-result-missing", "办结须填写办理结果。", "Concluding records the result.",
                    "SUP-DONE-1", "result");
        }
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        return Outcome.done(new AssignedMatter(id, source, sourceDocumentId, classification, matter, unit, deadline, assignedBy,
                assignedAt, reports, outcome.strip(), at), new MatterConcluded(id, outcome.strip(), handler.username(), at));
    }

    public boolean concluded() {
        return concludedAt != null;
    }

    /**
     * Open after the end of its deadline's day, or of the next working day if the office is closed on it (REG-DUE-1,
     * the office's calendar): first on the 督办 list, and 催办ed.
     */
    public boolean overdue(Instant now, WorkingCalendar calendar) {
        return !concluded() && !now.isBefore(calendar.endOfDeadline(deadline));
    }

    /** SUP-CLEAR-1: the matter reaches its 承办 unit's people, the office and leaders, each within their clearance. */
    public boolean visibleTo(Person person, String officeUnit) {
        return person.isClearedFor(classification)
                && (person.isLeader() || person.belongsTo(officeUnit) || person.belongsTo(unit));
    }

    /** {@code rule}: the act's (SUP-PROGRESS-1, SUP-DONE-1), whose "the 承办 unit does this" a stranger breaks. */
    private @Nullable Refusal mayHandle(Person person, String rule) {
        if (!person.belongsTo(unit)) {
            return Refusals.forbidden("matter-not-handling-unit", "由承办单位办理。", "The handling unit does this.", rule);
        }
        if (!person.isClearedFor(classification)) {
            return Refusals.forbidden("matter-clearance", "您的密级不足以办理该涉密交办事项。",
                    "Your clearance is below this matter's classification.", "SUP-CLEAR-1");
        }
        return concluded() ? Refusals.conflict("matter-concluded", "该交办事项已办结。", "The matter is concluded.",
                "SUP-DONE-1") : null;
    }
}
