package org.gongwen.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import org.gongwen.gateway.support.ClosedPort;
import org.gongwen.gateway.support.ConcurrentRequests;
import org.gongwen.gateway.support.GatewayEnvironment;
import org.gongwen.gateway.support.StubBackend;
import org.gongwen.gateway.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bulkhead is off (application.yml); should one be switched on again, what it refuses is a 503 the client may
 * retry (BackendFailure.BUSY), never a 500 internal-error as in docs/benchmarks.md run 1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gongwen.gateway.rate-limit.enabled=false",
        "spring.cloud.circuitbreaker.bulkhead.resilience4j.enabled=true"})
class BulkheadRefusalIT {

    static final String REFUSED = "503 urn:gongwen:problem:service-unavailable";
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

    @TestConfiguration
    static class OneCallAtATime {
        @Bean
        Customizer<ReactiveResilience4jBulkheadProvider> oneCallAtATime() {
            return provider -> provider.configureDefault(id -> new Resilience4jBulkheadConfigurationBuilder()
                    .bulkheadConfig(BulkheadConfig.custom().maxConcurrentCalls(1).maxWaitDuration(Duration.ZERO).build())
                    .build());
        }
    }

    @Test
    void answersCallsTheBulkheadRefusesWith503() {
        List<String> answers = ConcurrentRequests.getAtOnce(port, KEYS.bearer("zhangwei"), 10,
                i -> "/api/drafts/d-" + i, Duration.ofSeconds(120));
        assertThat(answers).hasSize(10).contains("200", REFUSED)
                .allMatch(answer -> answer.equals("200") || answer.equals(REFUSED));
    }
}
