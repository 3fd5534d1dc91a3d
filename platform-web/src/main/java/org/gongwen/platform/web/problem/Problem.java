package org.gongwen.platform.web.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem as gongwen sends it. {@code code} is stable and becomes the {@code type} URI
 * ({@code urn:gongwen:problem:<code>}); clients switch on it, never on the text. Every problem carries a
 * Chinese and an English message; {@code detail} holds the one the client asked for (zh-CN by default).
 */
public record Problem(String code, int status, String title, String messageZh, String messageEn,
                      List<Violation> violations, Map<String, Object> extensions) {

    public static final String TYPE_PREFIX = "urn:gongwen:problem:";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(int status, String code, String title, String zh, String en) {
        return new Problem(code, status, title, zh, en, List.of(), Map.of());
    }

    public Problem withViolations(List<Violation> newViolations) {
        return new Problem(code, status, title, messageZh, messageEn, newViolations, extensions);
    }

    public Problem with(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(key, value);
        return new Problem(code, status, title, messageZh, messageEn, violations, more);
    }

    public String type() {
        return TYPE_PREFIX + code;
    }

    /** The JSON body: RFC 9457 members first, then gongwen's extension members. */
    public Map<String, Object> body(String instance, boolean english) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type());
        body.put("title", title);
        body.put("status", status);
        body.put("detail", english ? messageEn : messageZh);
        if (instance != null) {
            body.put("instance", instance);
        }
        body.put("code", code);
        body.put("message", Map.of("zh", messageZh, "en", messageEn));
        if (!violations.isEmpty()) {
            body.put("violations", violations);
        }
        body.putAll(extensions);
        return body;
    }
}
