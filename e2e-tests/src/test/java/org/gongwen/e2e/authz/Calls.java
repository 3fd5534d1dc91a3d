package org.gongwen.e2e.authz;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.e2e.Lifecycle;
import org.gongwen.e2e.authz.Targets.Instance;
import org.gongwen.e2e.authz.Targets.Target;

/**
 * How to call each operation well-formed, so that only who calls decides the answer: the path with the target's
 * ids, the query a client would send, a valid body, the current {@code If-Match}. Not authorization logic: the
 * expected answers are the matrix's data ({@link AuthorizationMatrix}).
 */
final class Calls {

    record Call(String method, String path, Object body, String ifMatch, boolean multipart) {
    }

    private Calls() {
    }

    static Call of(String operation, Target target, Targets targets) {
        Instance it = targets.get(target);
        String method = operation.substring(0, operation.indexOf(' '));
        String template = operation.substring(operation.indexOf(' ') + 1);
        String path = template.replace("{id}", target == Target.ORGANISATION ? it.acting() : it.id())
                .replace("{documentId}", it.id())
                .replace("{number}", "1").replace("{version}", "1").replace("{docType}", "请示")
                .replace("{code}", it.unit()).replace("{username}", it.username())
                .replace("{post}", "supervision").replace("{unit}", target == Target.ORGANISATION ? it.unit() : "SHJZ")
                .replace("{key}", "signer").replace("{treeSize}", target == Target.CHECKPOINTED ? it.id() : "1")
                .replace("{sha256}", "0".repeat(64)).replace("{personId}", "liuyang");
        String query = QUERIES.getOrDefault(template, "");
        boolean needsVersion = method.equals("PUT") && template.startsWith("/api/drafts/")
                || template.startsWith("/api/drafts/{id}/attachments") && !method.equals("GET");
        String ifMatch = needsVersion ? targets.etag(target) : null;
        boolean multipart = template.startsWith("/api/drafts/{id}/attachments") && !method.equals("GET")
                && !method.equals("DELETE");
        return new Call(method, path + query, body(operation, it), ifMatch, multipart);
    }

    /** The call as the persona makes it. */
    static GatewayClient.Response send(GatewayClient api, String persona, Call call) {
        if (call.multipart()) {
            return Targets.multipart(api, persona, call.method(), call.path(), call.ifMatch());
        }
        return switch (call.method()) {
            case "GET" -> api.get(persona, call.path());
            case "PUT" -> api.put(persona, call.path(), call.body(), call.ifMatch());
            case "POST" -> api.post(persona, call.path(), call.body());
            default -> {
                java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder()
                        .header("Authorization", "Bearer " + api.token(persona))
                        .method(call.method(), call.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                : java.net.http.HttpRequest.BodyPublishers.ofString(
                                        tools.jackson.databind.json.JsonMapper.builder().build()
                                                .writeValueAsString(call.body())));
                if (call.body() != null) {
                    request.header("Content-Type", "application/json");
                }
                if (call.ifMatch() != null) {
                    request.header("If-Match", call.ifMatch());
                }
                yield api.exchange(request, call.path());
            }
        };
    }

    private static final Map<String, String> QUERIES = Map.of(
            "/api/drafts/{id}/diff", "?from=1&to=1",
            "/api/archive/consistency", "?from=1&to=1",
            "/api/archive/catalogue", "?year=" + java.time.Year.now() + "&retention=D30&unit=SHJZ",
            "/api/archive/access-log", "?reader=zhoushen");

    private static Object body(String operation, Instance it) {
        String until = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return switch (operation) {
            case "POST /api/drafts", "PUT /api/drafts/{id}" -> Lifecycle.请示(Lifecycle.uniqueSubject());
            case "POST /api/reviews/{documentId}/decisions" -> Map.of("decision", "APPROVE", "opinion", "同意",
                    "revision", 1);
            case "POST /api/reviews/{documentId}/recall" -> Map.of("revision", 1);
            case "POST /api/drafts/{id}/correction" -> Map.of("copyRecipients", List.of("江城市财政局"),
                    "reason", "抄送机关漏列");
            case "POST /api/reviews/{documentId}/reviewers" -> Map.of("reviewer", "liuyang", "opinion", "请把关",
                    "revision", 1);
            case "DELETE /api/reviews/{documentId}/reviewers/{personId}" -> Map.of("opinion", "无需加签", "revision", 1);
            case "POST /api/reviews/{documentId}/delegation" -> Map.of("kind", "DELEGATE", "to", "zhaomin",
                    "until", until, "reason", "出差", "revision", 1);
            case "POST /api/reviews/{documentId}/countersign" -> Map.of("units", List.of("BGS"), "rule", "ALL",
                    "revision", 1);
            case "POST /api/reviews/{documentId}/urge" -> Map.of("note", "请尽快办理");
            case "POST /api/archive/records/{documentId}/corrections" -> Map.of("field", "note", "value", "矩阵更正",
                    "reason", "矩阵检查");
            case "POST /api/archive/records/{documentId}/legal-hold",
                 "POST /api/archive/records/{documentId}/legal-hold/release" -> Map.of("reason", "矩阵检查");
            case "POST /api/reviews/organisation/units" -> Map.of("code", it.unit() + "N", "name", "矩阵新科");
            case "PUT /api/reviews/organisation/units/{code}" -> Map.of("code", it.unit(), "name", "矩阵改名科");
            case "POST /api/reviews/organisation/people" -> person(it.username() + "n", it.unit());
            case "PUT /api/reviews/organisation/people/{username}" -> person(it.username(), it.unit());
            case "POST /api/reviews/organisation/{post}", "PUT /api/reviews/organisation/{post}/{unit}" ->
                    Map.of("unit", it.unit(), "username", "sunli");
            case "PUT /api/reviews/organisation/settings/{key}" -> Map.of("value", "wangqiang");
            case "POST /api/reviews/organisation/acting", "PUT /api/reviews/organisation/acting/{id}" ->
                    Targets.actingPeriod();
            default -> null;
        };
    }

    private static Map<String, Object> person(String username, String unit) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("username", username);
        person.put("name", "矩阵");
        person.put("unit", unit);
        person.put("role", "CLERK");
        person.put("clearance", "秘密");
        return person;
    }
}
