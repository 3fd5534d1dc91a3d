package org.gongwen.loaddriver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suite as a client sees it: every call through the gateway with a demo user's token from
 * {@code POST /dev/token}. Each call is timed under its path template ("GET /api/reviews/{id}").
 */
final class GatewayClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String gateway;
    private final HttpClient http;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private volatile CallStats stats;

    GatewayClient(String gateway, CallStats stats) {
        this.gateway = gateway;
        this.stats = stats;
        // HTTP/1.1 keep-alive: a pool of connections like a browser population, not one multiplexed stream
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Starts a new measurement (after the warm-up): later calls are recorded in {@code next}. */
    void recordInto(CallStats next) {
        this.stats = next;
    }

    CallStats stats() {
        return stats;
    }

    record Answer(int status, JsonNode body) {

        boolean is(int wanted) {
            return status == wanted;
        }

        String text(String field) {
            JsonNode value = body.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }
    }

    /**
     * One API call as {@code user}. {@code template} names the call in the report; an answer whose status is not
     * in {@code expected} is counted as an error under that status.
     */
    Answer call(String template, String method, String path, String user, Object body, Set<Integer> expected) {
        long started = System.nanoTime();
        Answer answer = send(method, path, user, body);
        if (answer.status() == 401) {
            tokens.remove(user); // expired during a long run: one fresh token, one retry
            started = System.nanoTime();
            answer = send(method, path, user, body);
        }
        CallStats current = stats;
        current.call(template, System.nanoTime() - started);
        if (!expected.contains(answer.status())) {
            current.unexpected(template, answer.status());
        }
        return answer;
    }

    private Answer send(String method, String path, String user, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token(user))
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()));
        } catch (IOException | IllegalStateException noAnswer) {
            return new Answer(-1, JSON.nullNode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String user) {
        return tokens.computeIfAbsent(user, this::mint);
    }

    private String mint(String user) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/dev/token"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\"}")).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST /dev/token for " + user + ": HTTP " + response.statusCode()
                        + " (is the gateway running with the local profile?)");
            }
            return parse(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException("POST /dev/token for " + user + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(text);
        } catch (RuntimeException notJson) {
            return JSON.getNodeFactory().stringNode(text);
        }
    }
}
