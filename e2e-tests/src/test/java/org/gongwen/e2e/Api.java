package org.gongwen.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the public HTTP contract, always through the gateway, as a script or the web page would be. Public for
 * the fuzzing and authorization suites (org.gongwen.e2e.fuzz, org.gongwen.e2e.authz), which also aim it at a
 * service's own port.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public Api(String base) {
        this.base = base;
    }

    public record Response(int status, HttpResponse<String> raw, JsonNode body) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    /** From now on, {@code user} calls with this token (a persona whose claims differ from the demo user's). */
    public void useToken(String user, String token) {
        tokens.put(user, token);
    }

    /** The demo user's token from the local suite's issuer, {@code POST /dev/token}. */
    public String token(String username) {
        return tokens.computeIfAbsent(username, u -> {
            Response response = send("POST", "/dev/token", null, Map.of("username", u), null);
            if (response.status() != 200) {
                throw new IllegalStateException("no token for " + u + ": " + response);
            }
            return response.body().get("access_token").asString();
        });
    }

    public Response get(String user, String path) {
        return send("GET", path, user, null, null);
    }

    public Response post(String user, String path, Object body) {
        return send("POST", path, user, body, null);
    }

    public Response put(String user, String path, Object body, String ifMatch) {
        return send("PUT", path, user, body, ifMatch);
    }

    /** A POST that starts from a caller's trace (W3C traceparent), as a traced client or the gateway would send. */
    Response postTraced(String user, String path, Object body, String traceparent) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json")
                .header("traceparent", traceparent)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return execute(request);
    }

    public Response sendRaw(String method, String path, String bearer, String contentType, String rawBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, rawBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(rawBody));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return execute(request.build());
    }

    private Response send(String method, String path, String user, Object body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return execute(request.build());
    }

    /** Any request, built by the caller (raw bytes, odd headers), against this client's base URL. */
    public Response exchange(HttpRequest.Builder request, String path) {
        return execute(request.uri(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build());
    }

    private Response execute(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = text == null || text.isBlank() ? JSON.nullNode() : parse(text);
            return new Response(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException notJson) {
            return JSON.getNodeFactory().stringNode(text);
        }
    }
}
