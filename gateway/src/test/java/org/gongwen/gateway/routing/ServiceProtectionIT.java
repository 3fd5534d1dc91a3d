package org.gongwen.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.gateway.support.ProblemAssertions.expectProblem;

import io.micrometer.core.instrument.MeterRegistry;
import org.gongwen.gateway.support.ClosedPort;
import org.gongwen.gateway.support.GatewayEnvironment;
import org.gongwen.gateway.support.SilentBackend;
import org.gongwen.gateway.support.StubBackend;
import org.gongwen.gateway.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What protects the services and the browser: a response timeout (504, the POST not retried), a circuit breaker per
 * service that opens after repeated failures (503 without trying) while the other services stay reachable, and
 * the security headers on the page, on relayed answers and on the gateway's own refusals; with Redis down the
 * rate limits fail open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "GONGWEN_BACKEND_RESPONSE_TIMEOUT=1500ms",
        "gongwen.gateway.circuit-breaker.minimum-calls=2",
        "gongwen.gateway.circuit-breaker.sliding-window-calls=2",
        "gongwen.gateway.circuit-breaker.wait-in-open-state=10m"})
@AutoConfigureWebTestClient(timeout = "90s") // the first request warms the gateway up: see GatewayRoutingIT
class ServiceProtectionIT {

    static final TestKeys KEYS = TestKeys.create();
    static final StubBackend DRAFTING = StubBackend.start("drafting");
    static final SilentBackend REVIEW = new SilentBackend();

    @Autowired
    WebTestClient web;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("GONGWEN_REDIS_HOST", () -> "127.0.0.1"); // configured, but nothing listens: fail open
        registry.add("GONGWEN_REDIS_PORT", ClosedPort::port);
        GatewayEnvironment.routes(registry, KEYS, DRAFTING.url(), REVIEW.url(), ClosedPort.url());
    }

    @AfterAll
    static void stopBackends() {
        DRAFTING.close();
        REVIEW.close();
    }

    @Test
    void answersGatewayTimeoutWhenAServiceDoesNotAnswerAndSendsThePostOnlyOnce() {
        int before = REVIEW.requests();
        expectProblem(web.post().uri("/api/reviews/7/approve").header(HttpHeaders.AUTHORIZATION, KEYS.bearer("sunli"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"opinion\":\"同意\"}")
                .exchange(), 504, "service-timeout")
                .jsonPath("$.service").isEqualTo("review");
        assertThat(REVIEW.requests() - before).isEqualTo(1);
    }

    @Test
    void opensTheCircuitOfAFailingServiceOnlyAndAnswersWithoutTrying() {
        String bearer = KEYS.bearer("zhoushen");
        for (int i = 0; i < 2; i++) { // the window: two calls, both refused
            expectProblem(web.get().uri("/api/archive/records").header(HttpHeaders.AUTHORIZATION, bearer).exchange(),
                    503, "service-unavailable").jsonPath("$.service").isEqualTo("archive");
        }
        expectProblem(web.get().uri("/api/archive/records").header(HttpHeaders.AUTHORIZATION, bearer).exchange(),
                503, "service-circuit-open").jsonPath("$.service").isEqualTo("archive");
        expectProblem(web.get().uri("/api-docs/archive").exchange(), 503, "service-circuit-open"); // same service

        web.get().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, KEYS.bearer("zhangwei")).exchange()
                .expectStatus().isOk();
    }

    @Test
    void letsRequestsThroughUncheckedAndCountsThemWhileRedisIsDown() {
        double before = meters.counter("gongwen.gateway.rate.limit.unchecked").count();
        web.get().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, KEYS.bearer("zhangwei")).exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("X-RateLimit-Remaining");
        assertThat(meters.counter("gongwen.gateway.rate.limit.unchecked").count()).isEqualTo(before + 1);
    }

    @Test
    void putsSecurityHeadersOnThePageOnRelayedAnswersAndOnRefusals() {
        expectSecurityHeaders(web.get().uri("/").exchange().expectStatus().isOk());
        expectSecurityHeaders(web.get().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, KEYS.bearer("zhangwei"))
                .exchange().expectStatus().isOk());
        expectSecurityHeaders(web.get().uri("/api/drafts").exchange().expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer realm=\"gongwen\""));
        expectSecurityHeaders(web.get().uri("/api/drafts?q=" + "a".repeat(9_000))
                .header(HttpHeaders.AUTHORIZATION, KEYS.bearer("zhangwei")).exchange()
                .expectStatus().isEqualTo(414)
                .expectHeader().contentType("application/problem+json"));
        web.get().uri("/swagger-ui/index.html").exchange()
                .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                        .contains("style-src 'self' 'unsafe-inline'").contains("frame-ancestors 'none'"));
    }

    private static void expectSecurityHeaders(WebTestClient.ResponseSpec response) {
        response.expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                        + "style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; "
                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    }
}
