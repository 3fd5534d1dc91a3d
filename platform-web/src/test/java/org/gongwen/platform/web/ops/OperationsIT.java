package org.gongwen.platform.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.gongwen.platform.web.security.DemoUser;
import org.gongwen.platform.web.security.RsaPem;
import org.gongwen.platform.web.security.TokenMinter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What platform-web gives every service without a line of the service's configuration: health groups,
 * Prometheus behind an ADMIN token, W3C trace context continued from the request into blocking work and out again,
 * the document id in the MDC, and an OpenAPI description with bearer security and problem+json errors.
 */
@SpringBootTest(classes = OpsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=ops-test")
class OperationsIT {

    private static final KeyPair KEYS = RsaPem.generate();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final TokenMinter TOKENS = new TokenMinter((RSAPublicKey) KEYS.getPublic(),
            (RSAPrivateKey) KEYS.getPrivate(), "gongwen-local", "gongwen", Duration.ofMinutes(5), Clock.systemUTC());

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("gongwen-ops-keys");
        RsaPem.write(KEYS, dir);
        registry.add("gongwen.security.public-key-location", () -> dir.resolve("jwt-public.pem").toString());
    }

    @Test
    void livenessHoldsOnlyTheApplicationsOwnStateAndReadinessIsUp() throws Exception {
        HttpResponse<String> liveness = get("/actuator/health/liveness", admin());
        assertThat(liveness.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(liveness.body());
        assertThat(body.path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").propertyNames()).containsExactly("livenessState");

        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(readiness.body()).path("status").asString()).isEqualTo("UP");
        // without a token: status only, no details
        assertThat(JSON.readTree(readiness.body()).has("components")).isFalse();
    }

    @Test
    void prometheusNeedsAnAdminTokenAndTagsEveryMeterWithTheApplication() throws Exception {
        get("/actuator/health", null);
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", TOKENS.mint(user("zhangwei", "CLERK"))).statusCode()).isEqualTo(403);

        HttpResponse<String> scrape = get("/actuator/prometheus", admin());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("http_server_requests_seconds_bucket").contains("application=\"ops-test\"");
    }

    @Test
    void incomingTraceparentIsContinuedInBlockingWorkAndPropagatedOut() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String documentId = UUID.randomUUID().toString();
        HttpRequest request = request("/api/things/" + documentId, admin())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").build();

        JsonNode seen = JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());

        assertThat(seen.path("traceId").asString()).isEqualTo(traceId);
        assertThat(seen.path("mdcTraceId").asString()).isEqualTo(traceId);
        assertThat(seen.path("documentId").asString()).isEqualTo(documentId);
        assertThat(seen.path("out.traceparent").asString())
                .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void aRequestWithoutTraceparentGetsATraceIdInBlockingWorkAndOutThoughNoSpanIsRecorded() throws Exception {
        String documentId = UUID.randomUUID().toString();

        JsonNode seen = JSON.readTree(HTTP.send(request("/api/things/" + documentId, admin()).build(),
                HttpResponse.BodyHandlers.ofString()).body());

        String traceId = seen.path("traceId").asString();
        assertThat(traceId).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        assertThat(seen.path("mdcTraceId").asString()).isEqualTo(traceId);
        assertThat(seen.path("out.traceparent").asString()).matches("00-" + traceId + "-[0-9a-f]{16}-00");
    }

    @Test
    void anUnsampledIncomingTraceparentIsContinuedUnsampled() throws Exception {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        HttpRequest request = request("/api/things/" + UUID.randomUUID(), admin())
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-00").build();

        JsonNode seen = JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());

        assertThat(seen.path("mdcTraceId").asString()).isEqualTo(traceId);
        assertThat(seen.path("out.traceparent").asString()).matches("00-" + traceId + "-[0-9a-f]{16}-00");
    }

    @Test
    void apiDocsArePublicWithBearerSecurityAndProblemResponses() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode docs = JSON.readTree(response.body());

        assertThat(docs.path("openapi").asString()).startsWith("3.");
        assertThat(docs.path("info").path("title").asString()).isEqualTo("gongwen ops-test");
        assertThat(docs.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
        assertThat(docs.path("components").path("schemas").path("Problem").path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "code", "message", "violations");
        JsonNode responses = docs.path("paths").path("/api/things/{id}").path("get").path("responses");
        assertThat(responses.propertyNames()).contains("200", "401", "403", "404", "default");
        assertThat(docs.path("components").path("responses").path("Unauthenticated").path("content")
                .has("application/problem+json")).isTrue();
    }

    /** Found by the e2e fuzzing (BadInputIT): the firewall's refusal was a 400 without a body. */
    @Test
    void aPathTheFirewallRefusesIsA400Problem() throws Exception {
        for (String path : java.util.List.of("/api/things/..%2F..%2Fetc", "/api/things/%00", "/api/things/a%5Cb",
                "/api/things/%25_")) {
            HttpResponse<String> response = get(path, admin());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).path("type").asString())
                    .isEqualTo("urn:gongwen:problem:malformed-request");
        }
    }

    private String admin() {
        return TOKENS.mint(user("admin", "ADMIN"));
    }

    private static DemoUser user(String username, String role) {
        return new DemoUser(username, username, "", Set.of(role), "");
    }

    @Test
    void aTargetBeyondTheLimitIsA414ProblemUpToNettysOwnLimitAndAtTheLimitPasses() throws Exception {
        String prefix = "/actuator/health?q=";
        String atLimit = prefix + "a".repeat(UriLengthFilter.MAX_URI_LENGTH - prefix.length());
        assertThat(get(atLimit, null).statusCode()).isEqualTo(200);
        // beyond Netty's default 4 KiB request line too: that limit is raised, so the answer is still ours
        for (int length : new int[] {UriLengthFilter.MAX_URI_LENGTH + 1, 60_000}) {
            HttpResponse<String> response = get(prefix + "a".repeat(length - prefix.length()), null);
            assertThat(response.statusCode()).as("length %d", length).isEqualTo(414);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).path("type").asString()).isEqualTo("urn:gongwen:problem:uri-too-long");
        }
    }

    @Test
    void a401ChallengesForABearerTokenAndSaysInvalidTokenOnlyWhenOneWasSent() throws Exception {
        assertThat(get("/actuator/prometheus", null).headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"gongwen\"");
        assertThat(get("/actuator/prometheus", "not-a-jwt").headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"gongwen\", error=\"invalid_token\"");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(request(path, token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + environment.getProperty("local.server.port") + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }
}
