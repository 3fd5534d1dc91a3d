package org.gongwen.registry.delivery.domain;

import java.time.Instant;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.kernel.Refusal;
import org.gongwen.registry.shared.domain.Refusals;
import org.gongwen.registry.delivery.domain.DeliveryEvents.DeliveryReturned;
import org.gongwen.registry.delivery.domain.DeliveryEvents.DeliverySent;
import org.gongwen.registry.delivery.domain.DeliveryEvents.DeliverySigned;
import org.gongwen.registry.delivery.domain.Distribution.IssuedDocument;
import org.gongwen.registry.shared.domain.Outcome;
import org.gongwen.registry.shared.domain.Person;
import org.jspecify.annotations.Nullable;

/**
 * One issued document on its way to one recipient organ. Internal: awaiting 签收 until a person of the receiving
 * unit signs for it (who, when — 条例 第二十四条: "注明签收时间") or sends it back with a reason. External: to be sent
 * by the office's 机要 clerk, who records when and through which channel.
 */
public record Delivery(UUID id, UUID documentId, String documentNumber, String title, Classification classification,
                       String recipient, @Nullable String unit, Role role, Route route, Status status,
                       Instant createdAt, @Nullable Instant signingDue, @Nullable String actedBy,
                       @Nullable Instant actedAt, @Nullable String note) {

    public enum Role { MAIN, COPY }

    public enum Route { INTERNAL, EXTERNAL }

    public enum Status { AWAITING_SIGNATURE, SIGNED, RETURNED, TO_SEND, SENT }

    static Delivery internal(IssuedDocument document, String name, String unit, Role role, Instant now,
                             Instant signingDue) {
        return new Delivery(UUID.randomUUID(), document.documentId(), document.documentNumber(), document.title(),
                document.classification(), name, unit, role, Route.INTERNAL, Status.AWAITING_SIGNATURE, now,
                signingDue, null, null, null);
    }

    static Delivery external(IssuedDocument document, String name, Role role, Instant now) {
        return new Delivery(UUID.randomUUID(), document.documentId(), document.documentNumber(), document.title(),
                document.classification(), name, null, role, Route.EXTERNAL, Status.TO_SEND, now, null, null, null,
                null);
    }

    /** 签收: DLV-SIGN-1 a person of the receiving unit, DLV-SIGN-2 cleared for its 密级, DLV-SIGN-3 once. */
    public Outcome<Delivery> sign(Person person, Instant at) {
        Refusal refusal = mayAnswer(person);
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        return Outcome.done(answered(Status.SIGNED, person, at, null),
                new DeliverySigned(id, documentId, unit(), person.username(), at));
    }

    /** 退回 (e.g. 送错): as {@link #sign}, and DLV-RETURN-1 with a reason. */
    public Outcome<Delivery> sendBack(Person person, String reason, Instant at) {
        Refusal refusal = mayAnswer(person);
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.refused(Refusal.ruleViolation("delivery-return-reason", "退回须说明理由（如：送错）。",
                    "A delivery is sent back with a reason (e.g. wrongly addressed).", "DLV-RETURN-1", "reason"));
        }
        return Outcome.done(answered(Status.RETURNED, person, at, reason.strip()),
                new DeliveryReturned(id, documentId, unit(), person.username(), reason.strip(), at));
    }

    /**
     * An outside organ's copy leaves: DLV-SEND-1 by the office's clerk ({@code officeUnit}), once; DLV-SEND-2 a 涉密
     * document only through a 机要 channel (条例 第二十六条).
     */
    public Outcome<Delivery> markSent(Person clerk, String officeUnit, String channel, Instant at) {
        if (route != Route.EXTERNAL) {
            return Outcome.refused(Refusals.conflict("delivery-not-external", "本单位的分发由接收单位签收，不由机要员寄发。",
                    "Deliveries to our own units are signed for, not sent.", "DLV-SEND-1"));
        }
        if (!clerk.belongsTo(officeUnit) || !clerk.roles().contains("CLERK")) {
            return Outcome.refused(Refusals.forbidden("delivery-send-not-office", "外发公文由办公室机要员寄发。",
                    "Outside copies are sent by the office's confidential clerk.", "DLV-SEND-1"));
        }
        if (status != Status.TO_SEND) {
            return Outcome.refused(Refusals.conflict("delivery-already-sent", "该份公文已寄发。", "This copy was sent already.", "DLV-SEND-1"));
        }
        if (channel == null || channel.isBlank()) {
            return Outcome.refused(Refusal.ruleViolation("delivery-channel-missing", "请填写寄发渠道。",
                    "Say through which channel the copy went.", "DLV-SEND-1", "channel"));
        }
        if (classification.classified() && !Distribution.CLASSIFIED_CHANNELS.contains(channel.strip())) {
            return Outcome.refused(Refusal.ruleViolation("delivery-channel-not-classified",
                    "涉密公文只能通过机要交通、邮政机要通信、机要文件交换站或机要收发人员传递。",
                    "A classified document travels only by confidential courier, confidential post, a confidential "
                            + "exchange station or confidential clerks.", "DLV-SEND-2", "channel"));
        }
        Delivery sent = new Delivery(id, documentId, documentNumber, title, classification, recipient, unit, role,
                route, Status.SENT, createdAt, signingDue, clerk.username(), at, channel.strip());
        return Outcome.done(sent, new DeliverySent(id, documentId, recipient, clerk.username(), channel.strip(), at));
    }

    /** Awaiting 签收 past its due time: to be 催办ed. */
    public boolean overdue(Instant now) {
        return status == Status.AWAITING_SIGNATURE && signingDue != null && now.isAfter(signingDue);
    }

    private @Nullable Refusal mayAnswer(Person person) {
        if (route != Route.INTERNAL || unit == null) {
            return Refusals.conflict("delivery-not-internal", "外发公文由机要员寄发，无需签收。",
                    "An outside organ's copy is sent, not signed for.", "DLV-SIGN-1");
        }
        if (!person.belongsTo(unit)) {
            return Refusals.forbidden("delivery-not-recipient", "只有接收单位的人员可以签收或退回。",
                    "Only a person of the receiving unit signs for or returns a delivery.", "DLV-SIGN-1");
        }
        if (!person.isClearedFor(classification)) {
            return Refusals.forbidden("delivery-clearance", "您的密级不足以签收该份涉密公文。",
                    "Your clearance is below this document's classification.", "DLV-SIGN-2");
        }
        if (status != Status.AWAITING_SIGNATURE) {
            return Refusals.conflict("delivery-already-answered", "该份公文已签收或已退回。",
                    "This delivery was signed for or returned already.", "DLV-SIGN-3");
        }
        return null;
    }

    private Delivery answered(Status answer, Person person, Instant at, @Nullable String reason) {
        return new Delivery(id, documentId, documentNumber, title, classification, recipient, unit, role, route,
                answer, createdAt, signingDue, person.username(), at, reason);
    }
}
