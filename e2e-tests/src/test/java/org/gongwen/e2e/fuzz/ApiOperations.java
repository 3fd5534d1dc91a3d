package org.gongwen.e2e.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.e2e.Suite;
import tools.jackson.databind.JsonNode;

/**
 * The operations each service describes at {@code /v3/api-docs} on its own port, so that a new endpoint is fuzzed
 * and must appear in the authorization matrix without anyone listing it by hand. Schemas come back with their
 * {@code $ref}s resolved against the document's components.
 */
public final class ApiOperations {

    /** The three services whose APIs the suites cover; the gateway routes their public paths. */
    public static final List<String> SERVICES = List.of("drafting-service", "review-service", "archive-service");

    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * One operation. {@code internal} operations (service-to-service, {@code /internal/**}) are not routed by the
     * gateway and are called at the service's own port.
     */
    public record Operation(String service, String method, String path, List<Parameter> parameters,
                            String bodyMediaType, JsonNode bodySchema, boolean bodyRequired) {

        public boolean internal() {
            return path.startsWith("/internal/");
        }

        public boolean mutating() {
            return !method.equals("GET");
        }

        /** As the matrix and reports name it: {@code GET /api/drafts/{id}}. */
        public String key() {
            return method + " " + path;
        }

        public List<Parameter> in(String location) {
            return parameters.stream().filter(p -> p.in().equals(location)).toList();
        }
    }

    private ApiOperations() {
    }

    public static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            operations.addAll(of(service, fetch(Suite.get().serviceUrl(service) + "/v3/api-docs")));
        }
        return operations;
    }

    public static JsonNode fetch(String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return GatewayClient.JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static List<Operation> of(String service, JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            JsonNode operation = entry.getValue();
            List<Parameter> parameters = new ArrayList<>();
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode p = resolve(document, parameter);
                parameters.add(new Parameter(p.path("name").asString(), p.path("in").asString(),
                        p.path("required").asBoolean(false), resolveDeep(document, p.path("schema"), 0)));
            }
            JsonNode body = resolve(document, operation.path("requestBody"));
            String mediaType = body.path("content").propertyNames().stream().findFirst().orElse(null);
            JsonNode schema = mediaType == null ? null
                    : resolveDeep(document, body.path("content").path(mediaType).path("schema"), 0);
            operations.add(new Operation(service, entry.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                    List.copyOf(parameters), mediaType, schema, body.path("required").asBoolean(false)));
        }));
        return operations;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asString();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    /** Inlines {@code $ref}s (bounded depth: schemas may be recursive) so generators need no document. */
    private static JsonNode resolveDeep(JsonNode document, JsonNode node, int depth) {
        JsonNode resolved = resolve(document, node);
        if (depth > 6 || !resolved.isObject()) {
            return resolved;
        }
        var copy = GatewayClient.JSON.createObjectNode();
        resolved.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (field.getKey().equals("properties")) {
                var properties = GatewayClient.JSON.createObjectNode();
                value.properties().forEach(p -> properties.set(p.getKey(), resolveDeep(document, p.getValue(), depth + 1)));
                copy.set("properties", properties);
            } else if (field.getKey().equals("items") || field.getKey().equals("additionalProperties")) {
                copy.set(field.getKey(), resolveDeep(document, value, depth + 1));
            } else if (value.isArray() && (field.getKey().equals("allOf") || field.getKey().equals("oneOf")
                    || field.getKey().equals("anyOf"))) {
                var variants = GatewayClient.JSON.createArrayNode();
                value.forEach(v -> variants.add(resolveDeep(document, v, depth + 1)));
                copy.set(field.getKey(), variants);
            } else {
                copy.set(field.getKey(), value);
            }
        });
        return copy;
    }
}
