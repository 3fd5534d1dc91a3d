package org.gongwen.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.e2e.Suite;
import org.gongwen.e2e.fuzz.ApiOperations.Operation;
import org.gongwen.e2e.fuzz.BadRequests.BadRequest;
import org.gongwen.e2e.fuzz.BadRequests.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 6 part 3: every operation the services describe in OpenAPI gets bad input of every kind (wrong types,
 * huge values, deep JSON nesting, invalid UTF-8, injection strings, missing and duplicate fields, malformed
 * bodies), as the user entitled to call it, aimed at real objects. Each answer must be below 500, every error
 * problem+json, and a refused mutation must leave every fixture, count and the organisation as they were.
 *
 * <p>Random but seeded ({@code -Dgongwen.fuzz.seed}); {@code -Dgongwen.fuzz.rounds=N} sends every fault N times
 * per operation (default 1: one case per fault kind and operation). Nothing shrinks: a failure names its request.
 */
class BadInputIT {

    static final long SEED = Long.getLong("gongwen.fuzz.seed", 20261122L);
    static final int ROUNDS = Integer.getInteger("gongwen.fuzz.rounds", 1);
    private static final AtomicInteger cases = new AtomicInteger();
    private static final AtomicInteger accepted = new AtomicInteger();

    private static GatewayClient gateway;
    private static Fixtures fixtures;
    private static Map<String, String> state;

    @BeforeAll
    static void fixtures() {
        gateway = new GatewayClient(Suite.get().gatewayUrl());
        fixtures = new Fixtures(gateway);
        state = fixtures.state();
    }

    @AfterAll
    static void report() {
        CaseCount.write("fuzz", cases.get(), "bad requests over " + ApiOperations.all().size()
                + " operations, seed " + SEED + ", rounds " + ROUNDS + "; " + accepted.get()
                + " accepted (2xx) because the fault left the request valid");
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersBadInputWithAProblemAndNoStateChange() {
        Random random = new Random(SEED);
        return ApiOperations.all().stream().map(operation -> {
            long seed = random.nextLong();
            return DynamicTest.dynamicTest(operation.key(), () -> fuzz(operation, seed));
        });
    }

    private void fuzz(Operation operation, long seed) {
        Random random = new Random(seed);
        BadRequests generator = new BadRequests(random, fixtures.knownIds(operation.service()));
        GatewayClient api = operation.internal() ? new GatewayClient(Suite.get().serviceUrl(operation.service())) : gateway;
        String bearer = gateway.token(caller(operation));
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Fault fault : Fault.values()) {
                BadRequest bad = generator.generate(operation, fault);
                cases.incrementAndGet();
                GatewayClient.Response response;
                try {
                    response = Resending.whileRateLimited(() -> send(api, bad, bearer));
                } catch (IllegalStateException noAnswer) {
                    failures.add("no answer within 30 s ← " + bad.describe() + " → at the service itself: "
                            + direct(operation, bad, bearer));
                    continue;
                }
                String problem = judge(operation, response);
                if (problem != null) {
                    failures.add(problem + " ← " + bad.describe() + " → " + abbreviate(response.toString()));
                }
            }
        }
        assertThat(failures).as("seed %d", seed).isEmpty();
    }

    /** Whoever may call the operation at all, so the fault reaches validation rather than stopping at a 403. */
    private static String caller(Operation operation) {
        String path = operation.path();
        if (operation.internal()) {
            return "archive-service";
        }
        if (path.startsWith("/api/reviews/organisation")) {
            return "admin";
        }
        if (path.startsWith("/api/reviews")) {
            return "sunli";
        }
        return path.startsWith("/api/archive") ? "zhoushen" : Fixtures.DRAFTER;
    }

    private static GatewayClient.Response send(GatewayClient api, BadRequest bad, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder()
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json, application/problem+json, */*")
                .method(bad.method(), bad.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(bad.body()));
        if (bad.contentType() != null) {
            request.header("Content-Type", bad.contentType());
        }
        return api.exchange(request, bad.pathAndQuery());
    }

    /** Where the gateway gave no answer: the same request at the service's own port, to tell which one hangs. */
    private static String direct(Operation operation, BadRequest bad, String bearer) {
        try {
            return abbreviate(send(new GatewayClient(Suite.get().serviceUrl(operation.service())), bad, bearer).toString());
        } catch (IllegalStateException noAnswer) {
            return "no answer either";
        }
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    private static String judge(Operation operation, GatewayClient.Response response) {
        if (response.status() >= 500) {
            return "5xx";
        }
        if (response.status() >= 400) {
            String contentType = String.valueOf(response.contentType());
            if (!contentType.startsWith("application/problem+json")) {
                return "error not problem+json (" + contentType + ")";
            }
            if (response.body().path("type").asString("").isBlank()
                    || response.body().path("status").asInt() != response.status()) {
                return "problem without type or status";
            }
            if (operation.mutating()) {
                Map<String, String> after = fixtures.state();
                if (!after.equals(state)) {
                    String changed = after.keySet().stream().filter(k -> !after.get(k).equals(state.get(k)))
                            .findFirst().orElse("?");
                    state = after;
                    return "refused but changed " + changed;
                }
            }
        } else if (operation.mutating() && response.status() < 300) {
            accepted.incrementAndGet();
            state = fixtures.state();
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
