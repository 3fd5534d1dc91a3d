package org.gongwen.platform.web.problem;

import org.gongwen.kernel.RuleViolation;

/**
 * One thing wrong with a request: the rule (a reference.md rule id such as GB-NO-1, or a field constraint
 * such as {@code field.required}), the field it concerns, ERROR or WARNING, and the message in both languages.
 */
public record Violation(String rule, String field, String severity, String message, String messageEn) {

    public static Violation error(String rule, String field, String zh, String en) {
        return new Violation(rule, field, "ERROR", zh, en);
    }

    /** A domain finding on the wire: its severity by name, without the fix (the service adds that where it has one). */
    public static Violation of(RuleViolation finding) {
        return new Violation(finding.rule(), finding.field(), finding.severity().name(), finding.messageZh(),
                finding.messageEn());
    }
}
