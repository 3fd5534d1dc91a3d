package org.gongwen.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.gongwen.gateway.support.ConcurrentRequests;
import org.gongwen.gateway.support.GatewayEnvironment;
import org.gongwen.gateway.support.StubBackend;
import org.gongwen.gateway.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The limiter's budgets (a plain HashMap inside RedisRateLimiter) were written on the request path with
 * computeIfAbsent, from many threads at once: the first requests of several routes at the same moment threw
 * ConcurrentModificationException (500). They are now all written at start; requests only read them. Real Redis.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gongwen.gateway.rate-limit.default-rate.replenish-rate=1000",
        "gongwen.gateway.rate-limit.default-rate.burst-capacity=1000",
        "gongwen.gateway.rate-limit.routes.archive.replenish-rate=1",
        "gongwen.gateway.rate-limit.routes.archive.burst-capacity=1000"})
class RateLimitConcurrencyIT {

    static final String[] PATHS = {"/api/drafts/d", "/api/reviews/inbox", "/api/archive/records",
            "/api-docs/drafting", "/api-docs/review", "/api-docs/archive"};
    static final TestKeys KEYS = TestKeys.create();
    static final StubBackend DRAFTING = StubBackend.start("drafting");
    static final StubBackend REVIEW = StubBackend.start("review");
    static final StubBackend ARCHIVE = StubBackend.start("archive");

    @LocalServerPort
    int port;

    @Autowired
    RedisRateLimiter limiter;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        GatewayEnvironment.testRedis(registry);
        GatewayEnvironment.routes(registry, KEYS, DRAFTING.url(), REVIEW.url(), ARCHIVE.url());
    }

    @AfterAll
    static void stopBackends() {
        DRAFTING.close();
        REVIEW.close();
        ARCHIVE.close();
    }

    @Test
    void budgetsOfEveryRouteAreInPlaceBeforeTheFirstRequestAndRequestsAtOnceAllPass() {
        assertThat(limiter.getConfig()).as("written at start, before any request")
                .containsKeys("drafting", "review", "archive", "drafting-api-docs", "review-api-docs", "archive-api-docs",
                        UserRateLimitFilter.UNLISTED_ROUTES);
        assertThat(limiter.getConfig().get("archive").getReplenishRate()).isEqualTo(1);

        for (String user : List.of("zhangwei", "lina", "sunli")) {
            List<String> answers = ConcurrentRequests.getAtOnce(port, KEYS.bearer(user), 120,
                    i -> PATHS[i % PATHS.length], Duration.ofSeconds(30));
            assertThat(answers).as(user).hasSize(120).containsOnly("200");
        }
    }
}
