package org.gongwen.registry.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

import org.gongwen.kernel.Refusal;
import org.gongwen.registry.shared.domain.Refusals;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.intake.domain.IntakeEvents.DeadlineExtended;
import org.gongwen.registry.intake.domain.IntakeEvents.HandlingAssigned;
import org.gongwen.registry.intake.domain.IntakeEvents.HandlingProposed;
import org.gongwen.registry.intake.domain.IntakeEvents.IncomingAccepted;
import org.gongwen.registry.intake.domain.IntakeEvents.IncomingConcluded;
import org.gongwen.registry.intake.domain.IntakeEvents.IncomingRegistered;
import org.gongwen.registry.intake.domain.IntakeEvents.IncomingReturnedToSender;
import org.gongwen.registry.intake.domain.IntakeEvents.ReplyDraftRecorded;
import org.gongwen.registry.intake.domain.IntakeEvents.TransferRequested;
import org.gongwen.registry.shared.domain.Outcome;
import org.gongwen.registry.shared.domain.Person;
import org.jspecify.annotations.Nullable;

/**
 * A 收文 from 登记 to 办结, with its whole trail. Each act checks who may do it (the office registers, checks and
 * proposes; a leader assigns and extends; the 主办 unit handles), that the person is cleared for the document's 密级,
 * and that the document is at the step the act belongs to.
 */
public record IncomingDocument(UUID id, ReceiptNumber receiptNumber, Registration registration, Status status,
                               @Nullable String proposal, @Nullable Assignment assignment, @Nullable String result,
                               @Nullable UUID replyDocumentId, List<TrailEntry> trail) {

    /** The office's time zone: 收文日期 and deadlines are local dates there. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public enum Status { REGISTERED, RETURNED_TO_SENDER, ACCEPTED, PROPOSED, ASSIGNED, CONCLUDED }

    /** One act in the trail (业务行为, 行为时间, 机构人员名称: DA metadata for 收文). */
    public record TrailEntry(String action, String actor, String unit, Instant at, @Nullable String note) {
    }

    public IncomingDocument {
        trail = List.copyOf(trail);
    }

    /**
     * 登记 (RCV-REG-1..2 on the form, RCV-REG-3 by the office, cleared for the 密级). The 收文编号 is taken from
     * {@code numbering} (year → the year's next number) only once everything else holds, so a refused registration
     * never uses a number up: the series stays gap-free.
     */
    public static Outcome<IncomingDocument> register(UUID id, IntFunction<ReceiptNumber> numbering, Registration form,
                                                     Person clerk, String officeUnit, Instant at) {
        if (!clerk.belongsTo(officeUnit)) {
            return Outcome.refused(Refusals.forbidden("incoming-register-not-office", "收文由办公室登记。",
                    "Incoming documents are registered by the office.", "RCV-REG-3"));
        }
        List<RuleViolation> violations = form.violations(LocalDate.ofInstant(at, ZONE));
        if (!violations.isEmpty()) {
            return Outcome.refused(new Refusal(Refusal.Kind.RULE_VIOLATION, "incoming-registration-invalid",
                    "收文登记信息不完整或有误。", "The registration is incomplete or wrong.",
                    violations.get(0).rule(), violations));
        }
        if (!clerk.isClearedFor(form.classification())) {
            return Outcome.refused(clearance());
        }
        ReceiptNumber number = numbering.apply(LocalDate.ofInstant(at, ZONE).getYear());
        IncomingDocument registered = new IncomingDocument(id, number, form, Status.REGISTERED, null, null, null, null,
                List.of(new TrailEntry("登记", clerk.username(), clerk.unit(), at, number.toString())));
        return Outcome.done(registered, new IncomingRegistered(id, number.toString(), form.senderOrgan(), form.title(),
                clerk.username(), at));
    }

    /** 初审 passed: the document is ours to handle and in order. */
    public Outcome<IncomingDocument> accept(Person clerk, String officeUnit, Instant at) {
        Refusal refusal = officeAct(clerk, officeUnit, Status.REGISTERED);
        return refusal != null ? Outcome.refused(refusal)
                : Outcome.done(next(Status.ACCEPTED, clerk, "初审通过", at, null), new IncomingAccepted(id, clerk.username(), at));
    }

    /** 初审 failed: back to the sender with the reasons (RCV-CHECK-1: "及时退回来文单位并说明理由"). */
    public Outcome<IncomingDocument> returnToSender(Person clerk, String officeUnit, String reason, Instant at) {
        Refusal refusal = officeAct(clerk, officeUnit, Status.REGISTERED);
        if (refusal == null && Registration.blank(reason)) {
            refusal = Refusal.ruleViolation("incoming-return-reason", "退文须说明理由。",
                    "A document returned to its sender says why.", "RCV-CHECK-1", "reason");
        }
        return refusal != null ? Outcome.refused(refusal)
                : Outcome.done(next(Status.RETURNED_TO_SENDER, clerk, "退文", at, reason.strip()),
                        new IncomingReturnedToSender(id, reason.strip(), clerk.username(), at));
    }

    /** 拟办: the office's proposal for the leader (RCV-PROPOSE-1), also after a 转办 request sent it back. */
    public Outcome<IncomingDocument> propose(Person clerk, String officeUnit, String opinion, Instant at) {
        Refusal refusal = officeAct(clerk, officeUnit, Status.ACCEPTED);
        if (refusal == null && Registration.blank(opinion)) {
            refusal = Refusal.ruleViolation("incoming-proposal-missing", "请填写拟办意见。",
                    "The office's proposal is required.", "RCV-PROPOSE-1", "opinion");
        }
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        IncomingDocument proposed = new IncomingDocument(id, receiptNumber, registration, Status.PROPOSED,
                opinion.strip(), null, null, null, with(new TrailEntry("拟办", clerk.username(), clerk.unit(), at, opinion.strip())));
        return Outcome.done(proposed, new HandlingProposed(id, opinion.strip(), clerk.username(), at));
    }

    /** 批办 (RCV-ASSIGN-1 a leader, RCV-ASSIGN-2 one 主办, RCV-ASSIGN-3 a deadline for 紧急公文). */
    public Outcome<IncomingDocument> assign(Person leader, Assignment given, Instant at) {
        if (!leader.isLeader()) {
            return Outcome.refused(Refusals.forbidden("incoming-assign-not-leader", "批办由领导作出。",
                    "A leader assigns who handles a document.", "RCV-ASSIGN-1"));
        }
        Refusal refusal = mayAct(leader, Status.PROPOSED);
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        List<RuleViolation> violations = given.violations(registration.urgent(), LocalDate.ofInstant(at, ZONE));
        if (!violations.isEmpty()) {
            return Outcome.refused(new Refusal(Refusal.Kind.RULE_VIOLATION, "incoming-assignment-invalid",
                    "批办信息不完整或有误。", "The assignment is incomplete or wrong.", violations.get(0).rule(),
                    violations));
        }
        IncomingDocument assigned = new IncomingDocument(id, receiptNumber, registration, Status.ASSIGNED, proposal,
                given, null, null, with(new TrailEntry("批办", leader.username(), leader.unit(), at, given.instruction())));
        return Outcome.done(assigned, new HandlingAssigned(id, given.leadUnit(), given.assistingUnits(),
                given.deadline(), given.instruction(), leader.username(), at));
    }

    /** 承办 asks to hand it on (转办): back to the office for a new proposal, with the reason (RCV-HANDLE-2). */
    public Outcome<IncomingDocument> requestTransfer(Person handler, String reason, Instant at) {
        Refusal refusal = handlerAct(handler);
        if (refusal == null && Registration.blank(reason)) {
            refusal = Refusal.ruleViolation("incoming-transfer-reason", "申请转办须说明理由。",
                    "A transfer request says why.", "RCV-HANDLE-2", "reason");
        }
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        IncomingDocument back = new IncomingDocument(id, receiptNumber, registration, Status.ACCEPTED, proposal, null,
                null, null, with(new TrailEntry("申请转办", handler.username(), handler.unit(), at, reason.strip())));
        return Outcome.done(back, new TransferRequested(id, handler.unit(), reason.strip(), handler.username(), at));
    }

    /** A leader grants a later deadline, with the reason (RCV-HANDLE-3). */
    public Outcome<IncomingDocument> extendDeadline(Person leader, LocalDate deadline, String reason, Instant at) {
        if (!leader.isLeader()) {
            return Outcome.refused(Refusals.forbidden("incoming-extend-not-leader", "延期由领导批准。",
                    "A leader grants a later deadline.", "RCV-HANDLE-3"));
        }
        Refusal refusal = mayAct(leader, Status.ASSIGNED);
        Assignment current = assignment;
        if (refusal != null || current == null) {
            return Outcome.refused(refusal != null ? refusal : wrongStep());
        }
        if (Registration.blank(reason) || (current.deadline() != null && !deadline.isAfter(current.deadline()))) {
            return Outcome.refused(Refusal.ruleViolation("incoming-extension-invalid", "延期须晚于原办理时限并说明理由。",
                    "An extension is later than the current deadline and says why.", "RCV-HANDLE-3", "deadline"));
        }
        Assignment extended = new Assignment(current.leadUnit(), current.assistingUnits(), deadline, current.instruction());
        IncomingDocument later = new IncomingDocument(id, receiptNumber, registration, Status.ASSIGNED, proposal,
                extended, null, null, with(new TrailEntry("延期", leader.username(), leader.unit(), at, deadline + "：" + reason.strip())));
        return Outcome.done(later, new DeadlineExtended(id, deadline, reason.strip(), leader.username(), at));
    }

    /** 办结: the 主办 unit records the 办理结果, with the reply document when one was issued (RCV-HANDLE-1). */
    public Outcome<IncomingDocument> conclude(Person handler, String outcome, @Nullable UUID reply, Instant at) {
        Refusal refusal = handlerAct(handler);
        if (refusal == null && Registration.blank(outcome)) {
            refusal = Refusal.ruleViolation("incoming-result-missing", "办结须填写办理结果。",
                    "Concluding records the result.", "RCV-HANDLE-1", "result");
        }
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        IncomingDocument done = new IncomingDocument(id, receiptNumber, registration, Status.CONCLUDED, proposal,
                assignment, outcome.strip(), reply, with(new TrailEntry("办结", handler.username(), handler.unit(), at, outcome.strip())));
        return Outcome.done(done, new IncomingConcluded(id, outcome.strip(), reply, handler.username(), at));
    }

    /**
     * RCV-REPLY-1: a reply (答复) is started by a person of the 主办 unit, cleared for the 密级, while the 收文 is being
     * handled. Asked before the reply draft is created and again when drafting announces it.
     */
    public @Nullable Refusal mayStartReply(Person drafter) {
        Refusal refusal = handlerAct(drafter);
        if (refusal == null) {
            return null;
        }
        return refusal.code().equals("incoming-not-lead-unit")
                ? new Refusal(Refusal.Kind.FORBIDDEN, "incoming-reply-not-lead-unit", "答复由主办单位起草。",
                        "The lead unit drafts the reply.", "RCV-REPLY-1", List.of())
                : new Refusal(refusal.kind(), refusal.code(), refusal.messageZh(), refusal.messageEn(), "RCV-REPLY-1",
                        List.of());
    }

    /** 答复起草 (RCV-REPLY-1): the reply draft is recorded in the trail; the 收文 stays with the 主办 unit. */
    public Outcome<IncomingDocument> recordReplyDraft(Person drafter, UUID draftId, String title, Instant at) {
        Refusal refusal = mayStartReply(drafter);
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        String note = (title.isBlank() ? "" : title.strip() + "（") + "公文 " + draftId + (title.isBlank() ? "" : "）");
        return Outcome.done(next(Status.ASSIGNED, drafter, "答复起草", at, note),
                new ReplyDraftRecorded(id, draftId, drafter.username(), at));
    }

    /**
     * RCV-REPLY-2: the reply is issued, so the 收文 is 办结 with the result "以 <文号> 答复" and the reply document, in the
     * name of the reply's drafter. Only while it is still being handled: a 收文 already concluded (the same
     * document.issued again, or the result recorded by hand) is left as it is.
     */
    public Outcome<IncomingDocument> concludeByReply(UUID draftId, String documentNumber, String drafter,
                                                     String drafterUnit, Instant at) {
        if (status != Status.ASSIGNED) {
            return Outcome.refused(wrongStep());
        }
        String outcome = "以 " + documentNumber + " 答复";
        IncomingDocument done = new IncomingDocument(id, receiptNumber, registration, Status.CONCLUDED, proposal,
                assignment, outcome, draftId, with(new TrailEntry("办结", drafter, drafterUnit, at, outcome)));
        return Outcome.done(done, new IncomingConcluded(id, outcome, draftId, drafter, at));
    }

    /**
     * Who may see this 收文, its trail and the 批示 given on it (CIRC-SHOW-1): the office and leaders, and the units
     * that handle it (主办, 协办) — the 承办 unit sees the leaders' 批示 —, each only within their clearance.
     */
    public boolean readableBy(Person person, String officeUnit) {
        return person.isClearedFor(registration.classification()) && (person.belongsTo(officeUnit)
                || person.isLeader() || (assignment != null && (assignment.leadUnit().equals(person.unit())
                || assignment.assistingUnits().contains(person.unit()))));
    }

    /**
     * Assigned and past the end of its deadline's day, or of the next working day if the office is closed on it
     * (REG-DUE-1, the office's calendar): to be 催办ed.
     */
    public boolean overdue(Instant now, WorkingCalendar calendar) {
        return status == Status.ASSIGNED && assignment != null && assignment.deadline() != null
                && !now.isBefore(calendar.endOfDeadline(assignment.deadline()));
    }

    private @Nullable Refusal officeAct(Person clerk, String officeUnit, Status expected) {
        if (!clerk.belongsTo(officeUnit)) {
            return Refusals.forbidden("incoming-not-office", "该环节由办公室办理。", "The office does this step.", "RCV-OFFICE-1");
        }
        return mayAct(clerk, expected);
    }

    private @Nullable Refusal handlerAct(Person handler) {
        if (assignment == null || !handler.belongsTo(assignment.leadUnit())) {
            return status == Status.ASSIGNED ? Refusals.forbidden("incoming-not-lead-unit", "由主办单位办理。",
                    "The lead unit handles it.", "RCV-HANDLE-1") : wrongStep();
        }
        return mayAct(handler, Status.ASSIGNED);
    }

    private @Nullable Refusal mayAct(Person person, Status expected) {
        if (!person.isClearedFor(registration.classification())) {
            return clearance();
        }
        return status == expected ? null : wrongStep();
    }

    private Refusal wrongStep() {
        return Refusals.conflict("incoming-wrong-step", "该收文当前不在此办理环节（" + status + "）。",
                "The document is not at this step (" + status + ").", "RCV-FLOW-1");
    }

    private static Refusal clearance() {
        return Refusals.forbidden("incoming-clearance", "您的密级不足以办理该份涉密收文。",
                "Your clearance is below this document's classification.", "RCV-CLEAR-1");
    }

    private IncomingDocument next(Status to, Person person, String action, Instant at, @Nullable String note) {
        return new IncomingDocument(id, receiptNumber, registration, to, proposal, assignment, result, replyDocumentId,
                with(new TrailEntry(action, person.username(), person.unit(), at, note)));
    }

    private List<TrailEntry> with(TrailEntry entry) {
        List<TrailEntry> longer = new ArrayList<>(trail);
        longer.add(entry);
        return longer;
    }
}
