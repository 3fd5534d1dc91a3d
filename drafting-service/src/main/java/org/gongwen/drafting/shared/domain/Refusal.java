package org.gongwen.drafting.shared.domain;

import java.util.List;

/**
 * A business "no" as a value: a stable code, what kind of no it is (the web adapter picks the HTTP status
 * from the kind), the reason in both languages and, for bad content, the violations.
 */
public record Refusal(Kind kind, String code, String messageZh, String messageEn, List<RuleViolation> violations) {

    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT, PRECONDITION_REQUIRED, STALE, RULES_FAILED, TOO_LARGE,
        UNSUPPORTED_TYPE }

    public Refusal {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static Refusal of(Kind kind, String code, String zh, String en) {
        return new Refusal(kind, code, zh, en, List.of());
    }
}
