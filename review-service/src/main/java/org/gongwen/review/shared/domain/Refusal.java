package org.gongwen.review.shared.domain;

/**
 * A business "no" with a stable code and a message in both languages. {@code kind} says what sort of no it is
 * (the web adapter maps it to 403/404/409/422); {@code rule} and {@code field} are set for rule violations.
 */
public record Refusal(Kind kind, String code, String zh, String en, String rule, String field) {

    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, RULE_VIOLATION, TOO_MANY }

    public static Refusal forbidden(String code, String zh, String en) {
        return new Refusal(Kind.FORBIDDEN, code, zh, en, null, null);
    }

    public static Refusal conflict(String code, String zh, String en) {
        return new Refusal(Kind.CONFLICT, code, zh, en, null, null);
    }

    public static Refusal notFound(String documentId) {
        return new Refusal(Kind.NOT_FOUND, "review-not-found", "没有该公文的审核记录：" + documentId,
                "No review for document " + documentId, null, null);
    }

    public static Refusal notReadable(String documentId) {
        return forbidden("review-not-readable", "您无权查看该公文的审核情况：" + documentId,
                "You may not read the review of document " + documentId);
    }

    public static Refusal rule(String code, String zh, String en, String rule, String field) {
        return new Refusal(Kind.RULE_VIOLATION, code, zh, en, rule, field);
    }
}
