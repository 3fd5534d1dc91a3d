package org.gongwen.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.gateway.support.ProblemAssertions.expectProblem;

import java.util.HashSet;
import java.util.Set;

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
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Scale-out: a service given as a comma-separated list of base URLs is balanced across its instances, and a
 * stopped instance (connection refused) is skipped for every method, a POST included, without a duplicate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "90s") // the first request warms the gateway up: see GatewayRoutingIT
class InstanceBalancingIT {

    static final TestKeys KEYS = TestKeys.create();
    static final StubBackend DRAFTING_1 = StubBackend.start("drafting-1");
    static final StubBackend DRAFTING_2 = StubBackend.start("drafting-2");
    static final StubBackend REVIEW_RUNNING = StubBackend.start("review-running");
    static final StubBackend REVIEW_STOPPED = StubBackend.start("review-stopped");

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        REVIEW_STOPPED.close(); // its port now refuses connections, as an instance that was shut down
        GatewayEnvironment.testRedis(registry);
        GatewayEnvironment.routes(registry, KEYS, DRAFTING_1.url() + ", " + DRAFTING_2.url(),
                REVIEW_STOPPED.url() + "," + REVIEW_RUNNING.url(), ClosedPort.url() + "," + ClosedPort.url());
    }

    @AfterAll
    static void stopBackends() {
        DRAFTING_1.close();
        DRAFTING_2.close();
        REVIEW_RUNNING.close();
    }

    @Test
    void spreadsRequestsOverEveryInstance() {
        Set<String> answeredBy = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            web.get().uri("/api/drafts?page=" + i).header(HttpHeaders.AUTHORIZATION, KEYS.bearer("zhangwei"))
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.uri").isEqualTo("/api/drafts?page=" + i)
                    .jsonPath("$.service").value(service -> answeredBy.add((String) service));
        }
        assertThat(answeredBy).containsExactlyInAnyOrder("drafting-1", "drafting-2");
        assertThat(DRAFTING_1.requests()).isEqualTo(2);
        assertThat(DRAFTING_2.requests()).isEqualTo(2);
    }

    @Test
    void skipsAStoppedInstanceEvenForAPostAndDeliversItOnce() {
        int before = REVIEW_RUNNING.requests();
        for (int i = 0; i < 4; i++) { // whichever instance the rotation starts with
            web.post().uri("/api/reviews/7/approve").header(HttpHeaders.AUTHORIZATION, KEYS.bearer("sunli"))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"opinion\":\"同意\"}")
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.service").isEqualTo("review-running")
                    .jsonPath("$.method").isEqualTo("POST")
                    .jsonPath("$.bodyBytes").isEqualTo("{\"opinion\":\"同意\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
        assertThat(REVIEW_RUNNING.requests() - before).isEqualTo(4);
    }

    @Test
    void answersServiceUnavailableWhenNoInstanceAccepts() {
        expectProblem(web.get().uri("/api/archive/records").header(HttpHeaders.AUTHORIZATION, KEYS.bearer("zhoushen"))
                .exchange(), 503, "service-unavailable")
                .jsonPath("$.service").isEqualTo("archive");
    }
}
