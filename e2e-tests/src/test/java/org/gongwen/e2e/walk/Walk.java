package org.gongwen.e2e.walk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.e2e.Suite;
import org.gongwen.e2e.fuzz.ApiOperations.Operation;
import tools.jackson.databind.JsonNode;

/**
 * The audit walk's bookkeeping: sends each step's request (through the gateway unless a step names an application),
 * judges it against the status the step expects and the step's check of the body, and tells which described
 * operation (OpenAPI of the services and the gateway) the request was an instance of — by matching its path against
 * the operations' path templates, the most literal template winning as in Spring's own mapping. A step's failure is
 * recorded and the walk goes on; only a step whose answer later steps need stops it.
 */
final class Walk {

    static final String GATEWAY = "gateway";
    static final String REGISTRY = "registry-service";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** One operation an application describes, its path template as a pattern. */
    record Described(String app, String method, String template, Pattern pattern, int literals) {

        String key() {
            return app + " " + method + " " + template;
        }
    }

    /** A response as the walk keeps it: bytes (packages and files are binary), and the body as JSON where it is. */
    record Answer(int status, HttpHeaders headers, byte[] bytes, JsonNode json) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + (text.length() > 400 ? text.substring(0, 400) + "…" : text);
        }
    }

    /** One request of the walk, as reported in target/valid-walk.txt. */
    record Call(String via, String persona, String method, String target, int expected, int status, long millis,
                String operation) {
    }

    private final Suite suite;
    private final GatewayClient tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final List<Described> described = new ArrayList<>();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> walked = Collections.synchronizedMap(new TreeMap<>());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    Walk(Suite suite, GatewayClient tokens, Map<String, List<Operation>> operations) {
        this.suite = suite;
        this.tokens = tokens;
        operations.forEach((app, list) -> list.forEach(o -> described.add(describe(app, o.method(), o.path()))));
    }

    static Described describe(String app, String method, String template) {
        StringBuilder regex = new StringBuilder("^");
        Matcher variable = Pattern.compile("\\{[^}]+}").matcher(template);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(last, variable.start()))).append("[^/]+");
            last = variable.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append('$');
        int literals = (int) java.util.Arrays.stream(template.split("/")).filter(s -> !s.isEmpty() && !s.contains("{"))
                .count();
        return new Described(app, method, template, Pattern.compile(regex.toString()), literals);
    }

    List<Described> described() {
        return List.copyOf(described);
    }

    /** Which application's description a request belongs to: the gateway routes by path prefix. */
    static String owner(String via, String path) {
        if (!via.equals(GATEWAY)) {
            return via;
        }
        if (path.equals("/api/drafts") || path.startsWith("/api/drafts/")) {
            return "drafting-service";
        }
        if (path.startsWith("/api/reviews/")) {
            return "review-service";
        }
        if (path.startsWith("/api/registry/")) {
            return REGISTRY;
        }
        return path.startsWith("/api/archive/") ? "archive-service" : GATEWAY;
    }

    /** The described operation a request is an instance of, or null (an endpoint no OpenAPI document lists). */
    Described operationOf(String via, String method, String pathAndQuery) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String app = owner(via, path);
        return described.stream()
                .filter(d -> d.app().equals(app) && d.method().equals(method) && d.pattern().matcher(path).matches())
                .max(Comparator.comparingInt(Described::literals)).orElse(null);
    }

    Request get(String path) {
        return new Request("GET", path);
    }

    Request post(String path) {
        return new Request("POST", path);
    }

    Request put(String path) {
        return new Request("PUT", path);
    }

    Request delete(String path) {
        return new Request("DELETE", path);
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    void fail(String failure) {
        failures.add(failure);
    }

    /** Described operations no request of the walk answered as its step expected. */
    List<String> notWalked() {
        return described.stream().map(Described::key).filter(k -> !walked.containsKey(k)).toList();
    }

    Map<String, Integer> walkedPerApplication() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        described.forEach(d -> counts.merge(d.app(), walked.containsKey(d.key()) ? 1 : 0, Integer::sum));
        return counts;
    }

    int calls() {
        return calls.size();
    }

    /** Lines for the end of the report. */
    void note(List<String> lines) {
        notes.addAll(lines);
    }

    void report(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("# valid walk: " + calls.size() + " requests; operations walked per application " + walkedPerApplication()
                + " of " + described.size() + " described");
        lines.add("# status expected method target persona via ms -> operation");
        synchronized (calls) {
            for (Call c : calls) {
                lines.add(c.status() + " " + c.expected() + " " + c.method() + " " + c.target() + " " + c.persona() + " "
                        + c.via() + " " + c.millis() + " -> " + (c.operation() == null ? "(not in any OpenAPI)"
                        : c.operation()));
            }
        }
        lines.add("# not walked: " + notWalked());
        lines.add("# failures: " + failures.size());
        failures.forEach(f -> lines.add("! " + f));
        lines.addAll(notes);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One step's request; {@link #expect} sends it. */
    final class Request {

        private final String method;
        private final String path;
        private String via = GATEWAY;
        private String persona;
        private byte[] body;
        private String contentType;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /** At one application's own port instead of the gateway (its internal endpoints, its actuator). */
        Request at(String app) {
            this.via = app;
            return this;
        }

        Request as(String persona) {
            this.persona = persona;
            return this;
        }

        Request json(Object value) {
            this.body = GatewayClient.JSON.writeValueAsBytes(value);
            this.contentType = "application/json";
            return this;
        }

        Request ifMatch(String etag) {
            headers.put("If-Match", etag);
            return this;
        }

        /** A multipart/form-data body: the {@code file} part and, if given, the {@code name} part (附件名称). */
        Request file(String filename, String type, byte[] bytes, String name) {
            String boundary = "walk" + UUID.randomUUID().toString().replace("-", "");
            StringBuilder head = new StringBuilder();
            if (name != null) {
                head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n")
                        .append(name).append("\r\n");
            }
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                    .append(filename).append("\"\r\nContent-Type: ").append(type).append("\r\n\r\n");
            byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
            byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[start.length + bytes.length + end.length];
            System.arraycopy(start, 0, all, 0, start.length);
            System.arraycopy(bytes, 0, all, start.length, bytes.length);
            System.arraycopy(end, 0, all, start.length + bytes.length, end.length);
            this.body = all;
            this.contentType = "multipart/form-data; boundary=" + boundary;
            return this;
        }

        private String base() {
            return via.equals(GATEWAY) ? suite.gatewayUrl() : suite.serviceUrl(via);
        }

        Answer send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json, application/problem+json, */*")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            if (persona != null) {
                request.header("Authorization", "Bearer " + tokens.token(persona));
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            headers.forEach(request::header);
            try {
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                byte[] bytes = response.body() == null ? new byte[0] : response.body();
                return new Answer(response.statusCode(), response.headers(), bytes, parseJson(bytes));
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " via " + via + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /**
         * Sends the request once and judges it: the status must be {@code status} and {@code check} must pass;
         * otherwise a failure is recorded. Counts as the walk of its operation when the status is right.
         */
        Answer expect(int status, Consumer<Answer> check) {
            long start = System.nanoTime();
            Answer answer = send();
            return judge(answer, status, check, (System.nanoTime() - start) / 1_000_000);
        }

        /**
         * Asks again (unrecorded) until {@code ready} holds — for what another service does after an event — and
         * then judges the answer that held like {@link #expect}. Stops the walk if it never holds.
         */
        Answer await(String what, int status, Predicate<Answer> ready, Consumer<Answer> check) {
            AtomicReference<Answer> last = new AtomicReference<>();
            long start = System.nanoTime();
            try {
                Awaitility.await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> {
                    last.set(send());
                    return ready.test(last.get());
                });
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // what the walk waits for, the steps after it need: stop here rather than wait again and again
                String failure = method + " " + path + " as " + persona + ": not " + what + " within " + PATIENCE
                        + "; last answer " + last.get();
                failures.add(failure);
                throw new AssertionError("the walk cannot go on: " + failure + "\nfailures so far: " + failures, e);
            }
            return judge(last.get(), status, check, (System.nanoTime() - start) / 1_000_000);
        }

        private Answer judge(Answer answer, int status, Consumer<Answer> check, long millis) {
            Described operation = operationOf(via, method, path);
            calls.add(new Call(via, persona, method, path, status, answer.status(), millis,
                    operation == null ? null : operation.key()));
            String what = method + " " + path + " as " + persona + (via.equals(GATEWAY) ? "" : " at " + via);
            if (answer.status() != status) {
                failures.add(what + ": expected " + status + ", got " + answer);
                return answer;
            }
            if (operation != null) {
                walked.putIfAbsent(operation.key(), what);
            }
            try {
                check.accept(answer);
            } catch (AssertionError | RuntimeException e) {
                failures.add(what + ": " + answer.status() + " but " + e.getMessage().strip() + "\n    body: " + answer);
            }
            return answer;
        }
    }

    private static JsonNode parseJson(byte[] bytes) {
        if (bytes.length == 0) {
            return GatewayClient.JSON.nullNode();
        }
        try {
            return GatewayClient.JSON.readTree(bytes);
        } catch (RuntimeException notJson) {
            return GatewayClient.JSON.nullNode();
        }
    }
}
