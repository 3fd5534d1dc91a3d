package org.gongwen.drafting.draft.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.kernel.Refusal;
import org.gongwen.events.DocumentContent;

/** Drafts and people from the demo organisation (contract §1) and examples from reference.md. */
public final class Samples {

    public static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
    public static final Actor ZHANGWEI = new Actor("zhangwei", "张伟", "SHJZ", Set.of("CLERK"), "秘密");
    public static final Actor LINA = new Actor("lina", "李娜", "YLFW", Set.of("CLERK"), "秘密");
    public static final Actor ZHOUSHEN = new Actor("zhoushen", "周慎", "DAS", Set.of("AUDITOR"), "机密");

    private Samples() {
    }

    /** A 请示 that passes every format rule: reference.md GB-TITLE-1's valid example. */
    public static DocumentContent request() {
        return new DocumentContent("请示", "江城市民政局关于申请2027年度办公经费的请示", List.of("江城市人民政府"), List.of(),
                "为保障社会救助工作正常开展，拟申请2027年度办公经费。妥否，请批示。", null, null, null, "上行", List.of(),
                "（联系人：张伟，电话：0000-0000000）");
    }

    /** A copy of {@code c} with some fields changed: {@code copy(c, b -> b.title = "…")}. */
    public static DocumentContent copy(DocumentContent c, java.util.function.Consumer<Content> change) {
        Content b = new Content(c);
        change.accept(b);
        return b.build();
    }

    /** The fields of a DocumentContent, mutable for one test. */
    public static final class Content {
        public String docType, title, body, urgency, classification, direction, remarks, copyNumber, issuingOrgan;
        public List<String> mainRecipients, copyRecipients, coIssuers;
        public Integer classificationPeriodYears;
        public List<org.gongwen.events.AttachmentRef> attachments;

        Content(DocumentContent c) {
            docType = c.docType(); title = c.title(); body = c.body(); urgency = c.urgency();
            classification = c.classification(); direction = c.direction(); remarks = c.remarks();
            copyNumber = c.copyNumber(); issuingOrgan = c.issuingOrgan(); mainRecipients = c.mainRecipients();
            copyRecipients = c.copyRecipients(); coIssuers = c.coIssuers(); attachments = c.attachments();
            classificationPeriodYears = c.classificationPeriodYears();
        }

        DocumentContent build() {
            return new DocumentContent(docType, title, mainRecipients, copyRecipients, body, urgency, classification,
                    classificationPeriodYears, direction, attachments, remarks, copyNumber, issuingOrgan, coIssuers);
        }
    }

    public static DocumentContent withTitle(DocumentContent c, String title) {
        return copy(c, b -> b.title = title);
    }

    public static DocumentContent withBody(DocumentContent c, String body) {
        return copy(c, b -> b.body = body);
    }

    public static DocumentContent withRecipients(DocumentContent c, List<String> main) {
        return copy(c, b -> b.mainRecipients = main);
    }

    public static DocumentContent withKind(DocumentContent c, String docType, String direction) {
        return copy(c, b -> {
            b.docType = docType;
            b.direction = direction;
        });
    }

    public static DocumentContent withSecrecy(DocumentContent c, String classification, Integer years) {
        return copy(c, b -> {
            b.classification = classification;
            b.classificationPeriodYears = years;
            b.copyNumber = classification == null ? null : "000001";
        });
    }

    public static Draft newDraft() {
        return accepted(Draft.create(UUID.randomUUID(), request(), ZHANGWEI, T0));
    }

    public static Draft accepted(Outcome outcome) {
        if (outcome instanceof Outcome.Accepted a) {
            return a.draft();
        }
        throw new AssertionError("refused: " + ((Outcome.Refused) outcome).refusal());
    }

    public static Refusal refusal(Outcome outcome) {
        if (outcome instanceof Outcome.Refused r) {
            return r.refusal();
        }
        throw new AssertionError("accepted: " + ((Outcome.Accepted) outcome).draft());
    }
}
