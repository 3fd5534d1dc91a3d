package org.gongwen.kernel;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with what was asked: the rule (a reference.md id such as GB-TITLE-1, or a field constraint such as
 * {@code field.max-length}), the field it concerns (none: the request as a whole), how bad it is, the message in both
 * languages and, where the fix is mechanical, what to change it to. With a {@code span}, the fix replaces that
 * passage of the field; without one, it is the field's whole new value.
 */
public record RuleViolation(String rule, @Nullable String field, Severity severity, String messageZh, String messageEn,
                            @Nullable String suggestedFix, @Nullable Span span) {

    public RuleViolation {
        Objects.requireNonNull(severity, "severity");
    }

    public static RuleViolation error(String rule, @Nullable String field, String zh, String en) {
        return new RuleViolation(rule, field, Severity.ERROR, zh, en, null, null);
    }

    public boolean blocking() {
        return severity == Severity.ERROR;
    }
}
