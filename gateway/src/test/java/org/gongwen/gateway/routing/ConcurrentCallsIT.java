package org.gongwen.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.gongwen.gateway.support.ClosedPort;
import org.gongwen.gateway.support.ConcurrentRequests;
import org.gongwen.gateway.support.GatewayEnvironment;
import org.gongwen.gateway.support.StubBackend;
import org.gongwen.gateway.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Many users at once (docs/benchmarks.md run 1: 50): no concurrency limit in the gateway refuses them. With
 * resilience4j-bulkhead on the classpath, Spring Cloud CircuitBreaker put a bulkhead around every route call
 * (25 concurrent calls, no waiting) and the rest came back as 500 internal-error. Rate limits are off here: 60
 * requests at once from one user would exceed their budget.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongwen.gateway.rate-limit.enabled=false")
class ConcurrentCallsIT {

    static final TestKeys KEYS = TestKeys.create();
    static final StubBackend DRAFTING = StubBackend.startSlow("drafting", Duration.ofMillis(1500));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        GatewayEnvironment.routes(registry, KEYS, DRAFTING.url(), ClosedPort.url(), ClosedPort.url());
    }

    @AfterAll
    static void stopBackends() {
        DRAFTING.close();
    }

    @Test
    void relaysSixtySlowRequestsAtOnce() {
        assertThat(ConcurrentRequests.getAtOnce(port, KEYS.bearer("zhangwei"), 60, i -> "/api/drafts/d-" + i,
                Duration.ofSeconds(120)))
                .hasSize(60).containsOnly("200");
    }
}
