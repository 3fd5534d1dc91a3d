package org.gongwen.e2e.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.e2e.fuzz.ApiOperations.Operation;
import org.gongwen.e2e.fuzz.ApiOperations.Parameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates one bad request for an operation from its OpenAPI description: a plausible request (every required
 * parameter and body field with a value of its declared type, real ids from the fixtures) with one fault put in.
 * Deterministic for a given {@link Random}, so a failing case is replayed from its seed.
 */
final class BadRequests {

    /** The kinds of bad input the issue names; each case applies exactly one. */
    enum Fault {
        WRONG_TYPE, HUGE_VALUE, DEEP_NESTING, INVALID_UTF8, INJECTION, MISSING_FIELD, DUPLICATE_FIELD, MALFORMED_BODY
    }

    record BadRequest(Fault fault, String target, String method, String pathAndQuery, String contentType, byte[] body) {

        String describe() {
            String shown = body == null ? "" : " body=" + abbreviate(new String(body, StandardCharsets.UTF_8));
            return fault + " in " + target + ": " + method + " " + abbreviate(pathAndQuery) + shown;
        }

        private static String abbreviate(String text) {
            return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + " chars)";
        }
    }

    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "%'; DROP TABLE draft; --", "\\'; SELECT pg_sleep(5); --", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "../../../../etc/passwd", "%_%_\\", ".*(((", "\u0000", "\"}{\"",
            "$where: '1 == 1'", "江民发〔2026〕1号' UNION SELECT 1--", "\u202e\ufeff", "{{7*7}}");

    private static final String DEEP_ARRAY = "[".repeat(5000) + "]".repeat(5000);
    private static final byte[] INVALID_UTF8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED,
            (byte) 0xA0, (byte) 0x80};

    private final Random random;
    private final Map<String, String> knownIds;

    /** @param knownIds real values for path parameters by name (the fixtures' ids), so faults reach real objects */
    BadRequests(Random random, Map<String, String> knownIds) {
        this.random = random;
        this.knownIds = knownIds;
    }

    BadRequest generate(Operation operation, Fault fault) {
        List<Parameter> params = operation.parameters().stream()
                .filter(p -> p.in().equals("path") || p.in().equals("query")).toList();
        boolean jsonBody = operation.bodyMediaType() != null && operation.bodyMediaType().contains("json");
        boolean faultInBody = jsonBody && (params.isEmpty() || random.nextBoolean()) || bodyOnly(fault) && jsonBody;
        Parameter target = faultInBody || params.isEmpty() ? null : params.get(random.nextInt(params.size()));
        if (target == null && !jsonBody) {
            return unexpectedInput(operation, fault);
        }
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (Parameter p : params) {
            boolean isTarget = p == target;
            if (!isTarget && !p.required() && random.nextBoolean()) {
                continue;
            }
            if (isTarget && fault == Fault.MISSING_FIELD && p.in().equals("query")) {
                continue;
            }
            String encoded = isTarget ? faultyParameter(p, fault) : encode(plausible(p));
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", encoded.isEmpty() ? "%20" : encoded);
            } else {
                query.append(query.isEmpty() ? '?' : '&').append(encode(p.name())).append('=').append(encoded);
            }
        }
        if (target != null && fault == Fault.DUPLICATE_FIELD && target.in().equals("query")) {
            query.append(query.isEmpty() ? '?' : '&').append(encode(target.name())).append('=')
                    .append(encode(INJECTIONS.get(random.nextInt(INJECTIONS.size()))));
        }
        String pathAndQuery = path + query;
        if (!jsonBody) {
            return new BadRequest(fault, "parameter " + target.name(), operation.method(), pathAndQuery, null, null);
        }
        ObjectNode body = plausibleBody(operation.bodySchema());
        if (target != null) {
            return new BadRequest(fault, "parameter " + target.name(), operation.method(), pathAndQuery,
                    "application/json", utf8(body.toString()));
        }
        return faultyBody(operation, fault, pathAndQuery, body);
    }

    private static boolean bodyOnly(Fault fault) {
        return fault == Fault.DEEP_NESTING || fault == Fault.MALFORMED_BODY;
    }

    /** An operation with neither parameters nor a JSON body: the fault goes into an unexpected query or body. */
    private BadRequest unexpectedInput(Operation operation, Fault fault) {
        String path = operation.path();
        for (Parameter p : operation.in("path")) {
            path = path.replace("{" + p.name() + "}", encode(plausible(p)));
        }
        String injection = INJECTIONS.get(random.nextInt(INJECTIONS.size()));
        return switch (fault) {
            case INJECTION, WRONG_TYPE, DUPLICATE_FIELD, MISSING_FIELD -> new BadRequest(fault, "unexpected query",
                    operation.method(), path + "?q=" + encode(injection) + "&q=1&page=x", null, null);
            case INVALID_UTF8 -> new BadRequest(fault, "unexpected query", operation.method(), path + "?q=%C3%28%FF",
                    null, null);
            case HUGE_VALUE -> new BadRequest(fault, "unexpected query", operation.method(),
                    path + "?size=99999999999999999999&page=-2147483649", null, null);
            case DEEP_NESTING, MALFORMED_BODY -> new BadRequest(fault, "unexpected body", operation.method(), path,
                    "application/json", utf8(fault == Fault.DEEP_NESTING ? DEEP_ARRAY : "{\"a\":"));
        };
    }

    private String faultyParameter(Parameter p, Fault fault) {
        String type = p.schema().path("type").asString("string");
        return switch (fault) {
            case WRONG_TYPE -> encode(type.equals("string") ? "{\"not\":\"a string\"}" : "abc");
            // long: within the 8 192-character request target, or beyond it (a 414 problem from platform-web's
            // UriLengthFilter; Netty's own bare 414 starts at 64 KiB)
            case HUGE_VALUE -> type.equals("string") ? encode("长".repeat(random.nextBoolean() ? 300 : 1_000))
                    : random.nextBoolean() ? "99999999999999999999999" : "-2147483649";
            case INVALID_UTF8 -> "%C3%28%FF%FE";
            case INJECTION, DEEP_NESTING, MALFORMED_BODY -> encode(INJECTIONS.get(random.nextInt(INJECTIONS.size())));
            case MISSING_FIELD -> "";
            case DUPLICATE_FIELD -> encode(plausible(p));
        };
    }

    private BadRequest faultyBody(Operation operation, Fault fault, String pathAndQuery, ObjectNode body) {
        List<String> fields = new ArrayList<>(body.propertyNames());
        String field = fields.isEmpty() ? "unexpected" : fields.get(random.nextInt(fields.size()));
        JsonNode original = body.path(field);
        String text = switch (fault) {
            case WRONG_TYPE -> replaced(body, field, wrongType(original));
            case HUGE_VALUE -> replacedRaw(body, field, original.isNumber() || original.isMissingNode()
                    ? (random.nextBoolean() ? "1e400" : "99999999999999999999999999")
                    : GatewayClient.JSON.writeValueAsString("长".repeat(200_000)));
            case DEEP_NESTING -> replacedRaw(body, field, DEEP_ARRAY);
            case INJECTION -> replaced(body, field, GatewayClient.JSON.getNodeFactory()
                    .stringNode(INJECTIONS.get(random.nextInt(INJECTIONS.size()))));
            case MISSING_FIELD -> {
                if (random.nextInt(4) == 0) {
                    yield "";
                }
                body.remove(field);
                yield body.toString();
            }
            case DUPLICATE_FIELD -> "{" + GatewayClient.JSON.writeValueAsString(field) + ":" + wrongType(original) + ","
                    + body.toString().substring(1);
            case MALFORMED_BODY -> switch (random.nextInt(4)) {
                case 0 -> body.toString().substring(0, Math.max(1, body.toString().length() / 2));
                case 1 -> "null";
                case 2 -> "[" + body + "]";
                default -> body + "}";
            };
            case INVALID_UTF8 -> null;
        };
        byte[] bytes = text == null ? withInvalidUtf8(body, field) : utf8(text);
        return new BadRequest(fault, "body field " + field, operation.method(), pathAndQuery,
                "application/json", bytes);
    }

    private JsonNode wrongType(JsonNode value) {
        var nodes = GatewayClient.JSON.getNodeFactory();
        if (value.isString()) {
            return random.nextBoolean() ? nodes.numberNode(12345) : GatewayClient.JSON.createObjectNode().put("x", 1);
        }
        if (value.isNumber() || value.isBoolean()) {
            return nodes.stringNode("abc");
        }
        if (value.isArray()) {
            return nodes.stringNode("not an array");
        }
        return GatewayClient.JSON.createArrayNode().add(1).add("x");
    }

    private static String replaced(ObjectNode body, String field, JsonNode value) {
        ObjectNode copy = body.deepCopy();
        copy.set(field, value);
        return copy.toString();
    }

    private static String replacedRaw(ObjectNode body, String field, String rawJson) {
        ObjectNode copy = body.deepCopy();
        copy.put(field, "\u0001PLACEHOLDER\u0001");
        return copy.toString().replace("\"\\u0001PLACEHOLDER\\u0001\"", rawJson);
    }

    private static byte[] withInvalidUtf8(ObjectNode body, String field) {
        String[] parts = replaced(body, field, GatewayClient.JSON.getNodeFactory().stringNode("\u0001CUT\u0001"))
                .split("\\\\u0001CUT\\\\u0001", 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(parts[0] + "标题"));
        out.writeBytes(INVALID_UTF8);
        out.writeBytes(utf8(parts.length > 1 ? parts[1] : "\"}"));
        return out.toByteArray();
    }

    private String plausible(Parameter p) {
        String known = knownIds.get(p.name());
        if (known != null) {
            return known;
        }
        JsonNode value = plausible(p.schema());
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private ObjectNode plausibleBody(JsonNode schema) {
        JsonNode value = plausible(schema);
        return value instanceof ObjectNode object ? object : GatewayClient.JSON.createObjectNode();
    }

    /** A value of the schema's type, as a well-behaved client would send. */
    private JsonNode plausible(JsonNode schema) {
        var nodes = GatewayClient.JSON.getNodeFactory();
        if (schema == null || schema.isMissingNode()) {
            return nodes.stringNode("1");
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        if (schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode variants = schema.has("allOf") ? schema.get("allOf")
                    : schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            return plausible(variants.get(0));
        }
        String type = schema.path("type").asString(schema.has("properties") ? "object" : "string");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "integer", "number" -> nodes.numberNode(1);
            case "boolean" -> nodes.booleanNode(true);
            case "array" -> GatewayClient.JSON.createArrayNode().add(plausible(schema.path("items")));
            case "object" -> {
                ObjectNode object = GatewayClient.JSON.createObjectNode();
                schema.path("properties").properties().forEach(p -> object.set(p.getKey(), plausible(p.getValue())));
                yield object;
            }
            default -> nodes.stringNode(switch (format) {
                case "date" -> "2026-01-01";
                case "date-time" -> "2026-01-01T00:00:00Z";
                case "uuid" -> UUID.randomUUID().toString();
                default -> "测试";
            });
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
