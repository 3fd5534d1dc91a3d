package org.gongwen.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.gateway.support.ProblemAssertions.expectProblem;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.micrometer.core.instrument.MeterRegistry;
import org.gongwen.gateway.support.ClosedPort;
import org.gongwen.gateway.support.StubBackend;
import org.gongwen.gateway.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/**
 * The gateway outside the local profile, in front of stub services: what is routed where, that the token is
 * checked and relayed, and that every refusal of its own is problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongwen.gateway.max-request-size=64KB")
// The first request of a fresh gateway does its lazy set-up (HTTP client and pool, JWT decoder, Redis connection,
// circuit breaker, class loading): the first test of each IT class took 17-24 s on the loaded 2-core machine
// (load average ~20), every later one under 4 s. With a 20 s client timeout that first request looked like a hang now and then; 90 s leaves room
// while a real hang still fails the test.
@AutoConfigureWebTestClient(timeout = "90s")
class GatewayRoutingIT {

    private static final int LIMIT = 64 * 1024;

    static final TestKeys KEYS = TestKeys.create();
    static final StubBackend DRAFTING = StubBackend.start("drafting");
    static final StubBackend REVIEW = StubBackend.start("review");

    @Autowired
    WebTestClient web;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("GONGWEN_JWT_PUBLIC_KEY", KEYS::publicKeyLocation);
        registry.add("GONGWEN_DRAFTING_URL", DRAFTING::url);
        registry.add("GONGWEN_REVIEW_URL", REVIEW::url);
        registry.add("GONGWEN_ARCHIVE_URL", ClosedPort::url);
        registry.add("GONGWEN_REGISTRY_URL", ClosedPort::url);
        // no GONGWEN_REDIS_HOST: the rate limits' store is not configured (ServiceProtectionIT: configured but down)
    }

    @AfterAll
    static void stopBackends() {
        DRAFTING.close();
        REVIEW.close();
    }

    @Test
    void routesDraftsCollectionAndItemsToDraftingWithTheTokenUnchanged() {
        String bearer = KEYS.bearer("zhangwei");
        for (String path : new String[] {"/api/drafts", "/api/drafts/42/submit?x=1"}) {
            web.post().uri(path).header(HttpHeaders.AUTHORIZATION, bearer)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"请示\"}")
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.service").isEqualTo("drafting")
                    .jsonPath("$.method").isEqualTo("POST")
                    .jsonPath("$.uri").isEqualTo(path)
                    .jsonPath("$.authorization").isEqualTo(bearer)
                    .jsonPath("$.bodyBytes").isEqualTo("{\"title\":\"请示\"}".getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void letsRequestsThroughUncheckedAndCountsThemWithoutRedis() {
        double before = meters.counter("gongwen.gateway.rate.limit.unchecked").count();
        web.get().uri("/api/reviews/inbox").header(HttpHeaders.AUTHORIZATION, KEYS.bearer("sunli"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("X-RateLimit-Remaining");
        assertThat(meters.counter("gongwen.gateway.rate.limit.unchecked").count()).isEqualTo(before + 1);
    }

    @Test
    void routesReviewsToReview() {
        web.get().uri("/api/reviews/inbox").header(HttpHeaders.AUTHORIZATION, KEYS.bearer("sunli"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("review").jsonPath("$.path").isEqualTo("/api/reviews/inbox");
    }

    @Test
    void refusesACallWithoutTokenBeforeRouting() {
        expectProblem(web.get().uri("/api/drafts").exchange(), 401, "unauthenticated");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        String forged = TestKeys.create().bearer("wangqiang");
        expectProblem(web.get().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, forged).exchange(),
                401, "unauthenticated");
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        String foreign = TestKeys.create("someone-else").bearer("wangqiang");
        expectProblem(web.get().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, foreign).exchange(),
                401, "unauthenticated");
    }

    @Test
    void answersUnknownPathsWithNotFound() {
        expectProblem(web.get().uri("/api/unknown").header(HttpHeaders.AUTHORIZATION, KEYS.bearer("zhangwei"))
                .exchange(), 404, "not-found");
    }

    @Test
    void answersServiceUnavailableWhenTheBackendRefusesConnections() {
        expectProblem(web.get().uri("/api/archive/records").header(HttpHeaders.AUTHORIZATION, KEYS.bearer("zhoushen"))
                .exchange(), 503, "service-unavailable")
                .jsonPath("$.service").isEqualTo("archive");
    }

    @Test
    void routesTheRegistryPathsToRegistryService() {
        expectProblem(web.get().uri("/api/registry/deliveries").header(HttpHeaders.AUTHORIZATION, KEYS.bearer("zhangwei"))
                .exchange(), 503, "service-unavailable")
                .jsonPath("$.service").isEqualTo("registry");
    }

    @Test
    void refusesADeclaredBodyOverTheLimit() {
        byte[] body = new byte[LIMIT + 1];
        Arrays.fill(body, (byte) 'a');
        expectProblem(web.post().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, KEYS.bearer("zhangwei"))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(body).exchange(), 413, "payload-too-large")
                .jsonPath("$.limitBytes").isEqualTo(LIMIT);
    }

    @Test
    void refusesAStreamedBodyOnceItCrossesTheLimit() {
        Flux<DataBuffer> chunks = Flux.range(0, 2 * LIMIT / 1024)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[1024]));
        expectProblem(web.post().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, KEYS.bearer("zhangwei"))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(BodyInserters.fromDataBuffers(chunks))
                .exchange(), 413, "payload-too-large")
                .jsonPath("$.limitBytes").isEqualTo(LIMIT);
    }

    @Test
    void relaysAStreamedBodyUnderTheLimit() {
        Flux<DataBuffer> chunks = Flux.range(0, 8).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[1024]));
        web.post().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, KEYS.bearer("zhangwei"))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(BodyInserters.fromDataBuffers(chunks))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyBytes").isEqualTo(8 * 1024);
    }

    @Test
    void hasNoDevTokenIssuerOutsideTheLocalProfile() {
        expectProblem(web.post().uri("/dev/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"zhangwei\"}").exchange(), 404, "not-found");
        expectProblem(web.get().uri("/dev/jwks.json").exchange(), 404, "not-found");
    }

    @Test
    void reportsHealthWithoutToken() {
        web.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void servesTheWebPageAtTheRootWithoutAToken() {
        for (String path : new String[] {"/", "/index.html"}) {
            web.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class).value(html -> {
                        if (!html.contains("<html lang=\"zh-CN\">") || !html.contains("/app/main.js")) {
                            throw new AssertionError("not the page: " + html);
                        }
                    });
        }
    }

    @Test
    void servesThePageScriptsAsJavaScriptModulesAndItsStylesWithoutAToken() {
        for (String path : new String[] {"/app/main.js", "/app/views/review.js", "/app/components/gongwen-layout.js"}) {
            web.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectHeader().value(HttpHeaders.CONTENT_TYPE, type -> {
                        if (!type.contains("javascript")) {
                            throw new AssertionError(path + " served as " + type + ": browsers refuse such a module");
                        }
                    });
        }
        web.get().uri("/app/styles.css").exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/css");
    }

    @Test
    void keepsTheApiClosedAndAnswersUnknownPageFilesWithAProblem() {
        expectProblem(web.get().uri("/api/drafts").exchange(), 401, "unauthenticated");
        expectProblem(web.get().uri("/app/nothing-here.js").exchange(), 404, "not-found");
    }
}
