package org.gongwen.platform.web.problem;

import org.gongwen.kernel.Refusal;

/** The problems every gongwen HTTP edge can answer with, whatever the service. */
public final class Problems {

    private Problems() {
    }

    public static Problem malformedRequest(String whatEn) {
        return Problem.of(400, "malformed-request", "Malformed request",
                "请求格式不正确：" + whatEn, "The request is malformed: " + whatEn);
    }

    public static Problem unauthenticated() {
        return Problem.of(401, "unauthenticated", "Unauthenticated",
                "未登录或令牌无效，请重新获取访问令牌。", "Missing or invalid bearer token.");
    }

    public static Problem forbidden(String zh, String en) {
        return Problem.of(403, "forbidden", "Forbidden", zh, en);
    }

    public static Problem notFound(String zh, String en) {
        return Problem.of(404, "not-found", "Not found", zh, en);
    }

    public static Problem conflict(String code, String zh, String en) {
        return Problem.of(409, code, "Conflict", zh, en);
    }

    public static Problem payloadTooLarge(long limitBytes) {
        return Problem.of(413, "payload-too-large", "Payload too large",
                "请求体超过上限（" + limitBytes + " 字节）。", "The request body exceeds the limit of " + limitBytes + " bytes.")
                .with("limitBytes", limitBytes);
    }

    public static Problem uriTooLong(int limitCharacters) {
        return Problem.of(414, "uri-too-long", "URI too long",
                "请求地址（路径与查询参数）超过上限（" + limitCharacters + " 个字符）。",
                "The request target (path and query) exceeds the limit of " + limitCharacters + " characters.")
                .with("limitCharacters", limitCharacters);
    }

    public static Problem internalError(String errorId) {
        return Problem.of(500, "internal-error", "Internal error",
                "服务器内部错误，已记录（编号 " + errorId + "）。", "Internal error, logged as " + errorId + ".")
                .with("errorId", errorId);
    }

    public static Problem serviceUnavailable(String zh, String en) {
        return Problem.of(503, "service-unavailable", "Service unavailable", zh, en);
    }

    /**
     * A business refusal as it leaves a service: the status its kind stands for, its code as the problem type, its
     * field findings as violations; {@code title} is the service's name for that status.
     */
    public static Problem refused(Refusal refusal, String title) {
        return new Problem(refusal.code(), status(refusal.kind()), title, refusal.messageZh(), refusal.messageEn(),
                refusal.violations().stream().map(Violation::of).toList(), null);
    }

    public static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE -> 412;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case RULE_VIOLATION -> 422;
            case PRECONDITION_REQUIRED -> 428;
            case TOO_MANY -> 429;
        };
    }
}
