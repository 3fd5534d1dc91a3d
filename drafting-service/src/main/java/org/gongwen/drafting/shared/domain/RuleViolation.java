package org.gongwen.drafting.shared.domain;

/**
 * One thing wrong with a draft: the rule (a reference.md id such as GB-TITLE-1, or a field constraint such as
 * {@code field.max-length}), the field it concerns, how bad it is, the message in both languages and, where
 * the fix is mechanical, what to change it to. With a {@code span}, the fix replaces that passage of the field;
 * without one, it is the field's whole new value.
 */
public record RuleViolation(String rule, String field, Severity severity, String messageZh, String messageEn,
                            String suggestedFix, Span span) {

    public RuleViolation(String rule, String field, Severity severity, String messageZh, String messageEn,
                         String suggestedFix) {
        this(rule, field, severity, messageZh, messageEn, suggestedFix, null);
    }

    public static RuleViolation error(String rule, String field, String zh, String en) {
        return new RuleViolation(rule, field, Severity.ERROR, zh, en, null, null);
    }

    public boolean blocking() {
        return severity == Severity.ERROR;
    }
}
