package org.gongwen.kernel;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A business "no" as a value, the one shape every service returns instead of throwing: what kind of no it is (the
 * web adapter picks the HTTP status from the kind), a stable code (the problem type clients switch on), the reason
 * in Chinese and English, the reference.md rule that says no when one does (GB-TITLE-1, REVIEW-URGE-2, …) and,
 * for what was wrong field by field, the violations.
 */
public record Refusal(Kind kind, String code, String messageZh, String messageEn, @Nullable String rule,
                      List<RuleViolation> violations) {

    /** What sort of no; each maps to one HTTP status (in brackets) at the web edge. */
    public enum Kind {
        /** The request itself is incomplete or malformed (400). */
        INVALID,
        /** Not this caller (403). */
        FORBIDDEN,
        /** No such thing, or one the caller may not know of (404). */
        NOT_FOUND,
        /** Not in the state it is in now (409). */
        CONFLICT,
        /** The caller's copy is older than the current one (412). */
        STALE,
        /** Too big to take (413). */
        TOO_LARGE,
        /** A kind of content not taken (415). */
        UNSUPPORTED_TYPE,
        /** What was asked breaks a business rule (422). */
        RULE_VIOLATION,
        /** A change without saying which version it changes (428). */
        PRECONDITION_REQUIRED,
        /** Asked again too soon (429). */
        TOO_MANY
    }

    public Refusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        violations = List.copyOf(violations);
    }

    /** A refusal without a rule id or field details. */
    public static Refusal of(Kind kind, String code, String zh, String en) {
        return new Refusal(kind, code, zh, en, null, List.of());
    }

    public static Refusal forbidden(String code, String zh, String en) {
        return of(Kind.FORBIDDEN, code, zh, en);
    }

    public static Refusal conflict(String code, String zh, String en) {
        return of(Kind.CONFLICT, code, zh, en);
    }

    /** One rule broken by one field (or by the request as a whole when {@code field} is null): a 422-kind refusal. */
    public static Refusal ruleViolation(String code, String zh, String en, String rule, @Nullable String field) {
        return new Refusal(Kind.RULE_VIOLATION, code, zh, en, rule, List.of(RuleViolation.error(rule, field, zh, en)));
    }
}
