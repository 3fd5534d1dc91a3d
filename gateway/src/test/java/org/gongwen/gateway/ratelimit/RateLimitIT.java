package org.gongwen.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.gateway.support.ProblemAssertions.expectProblem;

import org.gongwen.gateway.support.ClosedPort;
import org.gongwen.gateway.support.GatewayEnvironment;
import org.gongwen.gateway.support.StubBackend;
import org.gongwen.gateway.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Per-user budgets against a real Redis. The review route gets a tiny budget (one token per second, a bucket of
 * 60, a request costs 30: two requests at once, then one every 30 s) so that even a slow machine cannot refill a
 * bucket between the requests of one test (a token comes back per elapsed second: the remaining counts after the
 * first request are therefore "under 30", not exact); the drafting route keeps the default budget.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gongwen.gateway.rate-limit.routes.review.replenish-rate=1",
        "gongwen.gateway.rate-limit.routes.review.burst-capacity=60",
        "gongwen.gateway.rate-limit.routes.review.requested-tokens=30",
        "gongwen.gateway.rate-limit.routes.review-api-docs.replenish-rate=1",
        "gongwen.gateway.rate-limit.routes.review-api-docs.burst-capacity=10",
        "gongwen.gateway.rate-limit.routes.review-api-docs.requested-tokens=10"})
@AutoConfigureWebTestClient(timeout = "90s") // the first request warms the gateway up: see GatewayRoutingIT
class RateLimitIT {

    static final TestKeys KEYS = TestKeys.create();
    static final StubBackend DRAFTING = StubBackend.start("drafting");
    static final StubBackend REVIEW = StubBackend.start("review");

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        GatewayEnvironment.testRedis(registry);
        GatewayEnvironment.routes(registry, KEYS, DRAFTING.url(), REVIEW.url(), ClosedPort.url());
    }

    @AfterAll
    static void stopBackends() {
        DRAFTING.close();
        REVIEW.close();
    }

    @Test
    void refusesAUserOverBudgetWithRetryAfterAndLeavesOthersAlone() {
        String zhangwei = KEYS.bearer("zhangwei");
        inbox(zhangwei).expectStatus().isOk()
                .expectHeader().valueEquals("X-RateLimit-Remaining", "30")
                .expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "60")
                .expectHeader().valueEquals("X-RateLimit-Replenish-Rate", "1")
                .expectHeader().valueEquals("X-RateLimit-Requested-Tokens", "30");
        inbox(zhangwei).expectStatus().isOk()
                .expectHeader().value("X-RateLimit-Remaining", remaining -> assertThat(Integer.parseInt(remaining)).isLessThan(30));
        int reachedReview = REVIEW.requests();

        expectProblem(inbox(zhangwei)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "30")
                .expectHeader().value("X-RateLimit-Remaining", remaining -> assertThat(Integer.parseInt(remaining)).isLessThan(30)),
                429, "rate-limited")
                .jsonPath("$.routeGroup").isEqualTo("review")
                .jsonPath("$.retryAfterSeconds").isEqualTo(30);
        assertThat(REVIEW.requests()).as("a refused request reaches no service")
                .isEqualTo(reachedReview);

        inbox(KEYS.bearer("sunli")).expectStatus().isOk(); // another user: own bucket
        web.get().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, zhangwei).exchange()
                .expectStatus().isOk() // another route group: own budget (the default, 20/s, 40 at once)
                .expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "40");
    }

    @Test
    void keysRequestsWithoutTokenByClientAddress() {
        web.get().uri("/api-docs/review").exchange().expectStatus().isOk();
        expectProblem(web.get().uri("/api-docs/review").exchange(), 429, "rate-limited")
                .jsonPath("$.routeGroup").isEqualTo("review-api-docs");
    }

    private WebTestClient.ResponseSpec inbox(String bearer) {
        return web.get().uri("/api/reviews/inbox").header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }
}
