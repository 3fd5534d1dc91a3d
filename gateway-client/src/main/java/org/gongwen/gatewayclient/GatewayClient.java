package org.gongwen.gatewayclient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the public HTTP contract as a script or the web page would be: every call with a user's bearer
 * token against one base URL (the gateway, or a service's own port). {@code java.net.http} and Jackson only, so
 * test suites and the load driver share it.
 *
 * <p>What the users differ in is an option of {@link #to(String)}: where tokens come from ({@code POST /dev/token}
 * by default, or minted locally), the timeouts, the HTTP version, the {@code Accept} header, a {@link CallObserver}
 * told of every call with its time and status (latencies, counts), whether an expired token is renewed once on a
 * 401, and whether a call without an answer (refused, reset, timed out) throws or answers status {@value #NO_ANSWER}.
 */
public final class GatewayClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    /** The status of a call that got no answer at all, when the client was built with {@code noAnswerAsStatus()}. */
    public static final int NO_ANSWER = -1;

    /** Told of each call made with {@link #call} (and get/post/put), once, after its answer (or lack of one). */
    @FunctionalInterface
    public interface CallObserver {
        /** {@code name} is the call's name ("GET /api/reviews/{id}"), {@code status} {@value #NO_ANSWER} for none. */
        void called(String name, int status, long nanos);
    }

    private final String base;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final String accept;
    private final Function<String, String> tokenSource;
    private final CallObserver observer;
    private final boolean renewTokenOn401;
    private final boolean noAnswerAsStatus;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** The defaults: 5 s to connect, 30 s per request, tokens from {@code POST /dev/token}, no answer throws. */
    public GatewayClient(String base) {
        this(to(base));
    }

    private GatewayClient(Builder builder) {
        this.base = builder.base;
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(builder.connectTimeout);
        if (builder.version != null) {
            http.version(builder.version);
        }
        this.http = http.build();
        this.requestTimeout = builder.requestTimeout;
        this.accept = builder.accept;
        this.tokenSource = builder.tokenSource != null ? builder.tokenSource : this::devToken;
        this.observer = builder.observer;
        this.renewTokenOn401 = builder.renewTokenOn401;
        this.noAnswerAsStatus = builder.noAnswerAsStatus;
    }

    public static Builder to(String base) {
        return new Builder(base);
    }

    public static final class Builder {
        private final String base;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private HttpClient.Version version;
        private String accept = "application/json, application/problem+json";
        private Function<String, String> tokenSource;
        private CallObserver observer = (name, status, nanos) -> { };
        private boolean renewTokenOn401;
        private boolean noAnswerAsStatus;

        private Builder(String base) {
            this.base = base;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /** HTTP/1.1 keep-alive: a pool of connections like a browser population, not one multiplexed stream. */
        public Builder http11() {
            this.version = HttpClient.Version.HTTP_1_1;
            return this;
        }

        public Builder accept(String accept) {
            this.accept = accept;
            return this;
        }

        /** Username → bearer token (e.g. minted locally); without it tokens come from {@code POST /dev/token}. */
        public Builder tokens(Function<String, String> tokenSource) {
            this.tokenSource = tokenSource;
            return this;
        }

        public Builder observer(CallObserver observer) {
            this.observer = observer;
            return this;
        }

        /** On a 401 the user's token is dropped, a fresh one fetched and the call made once more (long runs). */
        public Builder renewTokenOn401() {
            this.renewTokenOn401 = true;
            return this;
        }

        /** A call without an answer answers {@value GatewayClient#NO_ANSWER} instead of throwing. */
        public Builder noAnswerAsStatus() {
            this.noAnswerAsStatus = true;
            return this;
        }

        public GatewayClient build() {
            return new GatewayClient(this);
        }
    }

    /** An answer; {@code raw} is null when there was none ({@link #NO_ANSWER}). */
    public record Response(int status, HttpResponse<String> raw, JsonNode body) {

        public boolean is(int wanted) {
            return status == wanted;
        }

        /** A top-level text field of the body, null when absent or null. */
        public String text(String field) {
            JsonNode value = body.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }

        public String header(String name) {
            return raw == null ? null : raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + (raw == null ? "(no answer)" : raw.body());
        }
    }

    /** From now on, {@code user} calls with this token (a persona whose claims differ from the demo user's). */
    public void useToken(String user, String token) {
        tokens.put(user, token);
    }

    /** The user's token from the token source, fetched once and kept. */
    public String token(String username) {
        return tokens.computeIfAbsent(username, tokenSource);
    }

    public Response get(String user, String path) {
        return call(null, "GET", path, user, null, null);
    }

    public Response post(String user, String path, Object body) {
        return call(null, "POST", path, user, body, null);
    }

    public Response put(String user, String path, Object body, String ifMatch) {
        return call(null, "PUT", path, user, body, ifMatch);
    }

    /**
     * One call as {@code user} (none when null) with a JSON body (none when null), reported to the observer under
     * {@code name} ({@code "METHOD path"} when null).
     */
    public Response call(String name, String method, String path, String user, Object body) {
        return call(name, method, path, user, body, null);
    }

    private Response call(String name, String method, String path, String user, Object body, String ifMatch) {
        long started = System.nanoTime();
        Response answer = attempt(method, path, user, body, ifMatch);
        if (renewTokenOn401 && user != null && answer.status() == 401) {
            tokens.remove(user); // expired during a long run: one fresh token, one retry
            started = System.nanoTime();
            answer = attempt(method, path, user, body, ifMatch);
        }
        observer.called(name != null ? name : method + " " + path, answer.status(), System.nanoTime() - started);
        return answer;
    }

    private Response attempt(String method, String path, String user, Object body, String ifMatch) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(requestTimeout)
                    .header("Accept", accept);
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
        } catch (IllegalStateException noAnswer) {
            if (noAnswerAsStatus && !Thread.currentThread().isInterrupted()) {
                return new Response(NO_ANSWER, null, JSON.nullNode());
            }
            throw noAnswer;
        }
    }

    /** A POST that starts from a caller's trace (W3C traceparent), as a traced client or the gateway would send. */
    public Response postTraced(String user, String path, Object body, String traceparent) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(requestTimeout)
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json")
                .header("traceparent", traceparent)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return execute(request);
    }

    /** A request with a bearer token and body exactly as given (null: none), not observed. */
    public Response sendRaw(String method, String path, String bearer, String contentType, String rawBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(requestTimeout)
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

    /** Any request, built by the caller (raw bytes, odd headers), against this client's base URL; not observed. */
    public Response exchange(HttpRequest.Builder request, String path) {
        return execute(request.uri(URI.create(base + path)).timeout(requestTimeout).build());
    }

    private String devToken(String username) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/dev/token")).timeout(requestTimeout)
                .header("Accept", accept)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", username))))
                .build();
        Response response = execute(request);
        if (response.status() != 200) {
            throw new IllegalStateException("no token for " + username + " from POST /dev/token: " + response
                    + " (is the gateway running with the local profile?)");
        }
        return response.body().get("access_token").asString();
    }

    private Response execute(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response, parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as JSON: null for none, a text node for a body that is not JSON. */
    public static JsonNode parse(String text) {
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
