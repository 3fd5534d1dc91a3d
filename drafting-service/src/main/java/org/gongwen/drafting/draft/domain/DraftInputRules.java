package org.gongwen.drafting.draft.domain;

import java.util.ArrayList;
import java.util.List;

import org.gongwen.drafting.shared.domain.DocType;
import org.gongwen.kernel.Refusal;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;

/**
 * What a draft's fields may hold at all, checked on every save (unlike the format rules, which a draft in
 * progress may still break). The limits keep one draft from filling the database or a reviewer's screen.
 */
public final class DraftInputRules {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 200_000;
    public static final int RECIPIENTS_MAX = 100;
    public static final int RECIPIENT_MAX = 100;
    public static final int ATTACHMENTS_MAX = 50;
    public static final int ATTACHMENT_NAME_MAX = 200;
    public static final int REMARKS_MAX = 1000;
    public static final int COPY_NUMBER_MAX = 20;
    public static final int ORGAN_MAX = 100;
    public static final int CO_ISSUERS_MAX = 20;
    public static final int PERIOD_MIN = 1;
    public static final int PERIOD_MAX = 30;

    private DraftInputRules() {
    }

    public static List<RuleViolation> check(DocumentContent c) {
        List<RuleViolation> v = new ArrayList<>();
        if (c.docType() == null || DocType.of(c.docType()).isEmpty()) {
            v.add(RuleViolation.error("field.enum", "docType", "文种必须是法定的15种之一：" + String.join("、", DocType.terms()),
                    "docType must be one of the 15 legal kinds: " + String.join(", ", DocType.terms())));
        }
        text(v, "title", c.title(), TITLE_MAX, false);
        text(v, "body", c.body(), BODY_MAX, true);
        text(v, "remarks", c.remarks(), REMARKS_MAX, false);
        text(v, "copyNumber", c.copyNumber(), COPY_NUMBER_MAX, false);
        text(v, "issuingOrgan", c.issuingOrgan(), ORGAN_MAX, false);
        recipients(v, "mainRecipients", c.mainRecipients(), RECIPIENTS_MAX);
        recipients(v, "copyRecipients", c.copyRecipients(), RECIPIENTS_MAX);
        recipients(v, "coIssuers", c.coIssuers(), CO_ISSUERS_MAX);
        attachments(v, c.attachments());
        // the closed value sets are GB-URG-1 and GB-SEC-1; telegram urgencies (特提, 平急) do not apply to drafts
        oneOf(v, "GB-URG-1", "urgency", c.urgency(), List.of("特急", "加急"));
        oneOf(v, "GB-SEC-1", "classification", c.classification(), List.of("绝密", "机密", "秘密"));
        oneOf(v, "field.enum", "direction", c.direction(), List.of("上行", "下行", "平行"));
        Integer period = c.classificationPeriodYears();
        if (period != null) {
            if (c.classification() == null) {
                v.add(RuleViolation.error("field.period-without-classification", "classificationPeriodYears",
                        "非涉密公文不能标注保密期限。", "A period needs a classification."));
            } else if (period < PERIOD_MIN || period > PERIOD_MAX) {
                v.add(RuleViolation.error("field.range", "classificationPeriodYears",
                        "保密期限须在 1 至 30 年之间。", "classificationPeriodYears must be 1..30."));
            }
        }
        return v;
    }

    public static Refusal invalid(List<RuleViolation> violations) {
        return new Refusal(Refusal.Kind.INVALID, "invalid-draft", "公文内容不符合要求，未保存。",
                "The draft has invalid fields; nothing was saved.", null, violations);
    }

    private static void recipients(List<RuleViolation> v, String field, List<String> names, int max) {
        if (names.size() > max) {
            v.add(RuleViolation.error("field.max-items", field, "最多 " + max + " 个机关。",
                    "At most " + max + " organs."));
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank()) {
                v.add(RuleViolation.error("field.required", field + "[" + i + "]", "机关名称不能为空。",
                        "A recipient must not be blank."));
            } else {
                text(v, field + "[" + i + "]", name, RECIPIENT_MAX, false);
            }
        }
    }

    private static void attachments(List<RuleViolation> v, List<AttachmentRef> attachments) {
        if (attachments.size() > ATTACHMENTS_MAX) {
            v.add(RuleViolation.error("field.max-items", "attachments", "附件最多 " + ATTACHMENTS_MAX + " 个。",
                    "At most " + ATTACHMENTS_MAX + " attachments."));
            return;
        }
        for (int i = 0; i < attachments.size(); i++) {
            AttachmentRef a = attachments.get(i);
            String field = "attachments[" + i + "].name";
            if (a == null || a.name() == null || a.name().isBlank()) {
                v.add(RuleViolation.error("field.required", field, "附件名称不能为空。", "An attachment needs a name."));
            } else {
                text(v, field, a.name(), ATTACHMENT_NAME_MAX, false);
            }
        }
    }

    private static void oneOf(List<RuleViolation> v, String rule, String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            v.add(RuleViolation.error(rule, field, field + " 只能是 " + String.join("、", allowed) + " 或不填。",
                    field + " must be one of " + String.join(", ", allowed) + " or absent."));
        }
    }

    private static void text(List<RuleViolation> v, String field, String value, int max, boolean multiline) {
        if (value == null) {
            return;
        }
        if (value.codePointCount(0, value.length()) > max) {
            v.add(RuleViolation.error("field.max-length", field, "不能超过 " + max + " 个字符。",
                    "At most " + max + " characters."));
        } else if (hasControlCharacter(value, multiline)) {
            v.add(RuleViolation.error("field.control-character", field, "含有不可见的控制字符。",
                    "Contains control characters."));
        }
    }

    /** Line feeds and tabs structure a body; anything else invisible is pasted noise or an attack on the layout. */
    static boolean hasControlCharacter(String value, boolean multiline) {
        return value.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL
                && !(multiline && (cp == '\n' || cp == '\t')));
    }
}
