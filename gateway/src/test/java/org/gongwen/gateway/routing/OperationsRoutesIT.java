package org.gongwen.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.gateway.support.ProblemAssertions.expectProblem;

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
 * {@code /api/operations/{service}/dead-letters}: the web page's way to each service's {@code /actuator/deadletters}
 * (GET lists, POST replays). ADMIN only at the gateway already (403 problem+json, nothing relayed), the admin's token
 * relayed for the service's own check; a service that does not exist is 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the first request of a fresh gateway does its lazy set-up (GatewayRoutingIT)
@AutoConfigureWebTestClient(timeout = "90s")
class OperationsRoutesIT {

    static final TestKeys KEYS = TestKeys.create();
    static final StubBackend DRAFTING = StubBackend.start("drafting");
    static final StubBackend REVIEW = StubBackend.start("review");
    static final StubBackend ARCHIVE = StubBackend.start("archive");

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("GONGWEN_JWT_PUBLIC_KEY", KEYS::publicKeyLocation);
        registry.add("GONGWEN_DRAFTING_URL", DRAFTING::url);
        registry.add("GONGWEN_REVIEW_URL", REVIEW::url);
        registry.add("GONGWEN_ARCHIVE_URL", ARCHIVE::url);
    }

    @AfterAll
    static void stopBackends() {
        DRAFTING.close();
        REVIEW.close();
        ARCHIVE.close();
    }

    @Test
    void anAdminReachesEachServicesDeadLettersWithTheTokenRelayed() {
        String admin = KEYS.bearer("admin");
        for (String service : new String[] {"drafting", "review", "archive"}) {
            String path = "/api/operations/" + service + "/dead-letters";
            web.get().uri(path).header(HttpHeaders.AUTHORIZATION, admin).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.service").isEqualTo(service)
                    .jsonPath("$.method").isEqualTo("GET")
                    .jsonPath("$.path").isEqualTo("/actuator/deadletters")
                    .jsonPath("$.authorization").isEqualTo(admin);
            web.post().uri(path).header(HttpHeaders.AUTHORIZATION, admin).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.service").isEqualTo(service)
                    .jsonPath("$.method").isEqualTo("POST")
                    .jsonPath("$.path").isEqualTo("/actuator/deadletters");
        }
    }

    @Test
    void anyoneElseIsRefusedAtTheGatewayAndNothingReachesTheService() {
        int before = DRAFTING.requests() + REVIEW.requests() + ARCHIVE.requests();
        // a clerk, the 局长 and the auditor: none of them is an operator
        for (String user : new String[] {"zhangwei", "wangqiang", "zhoushen"}) {
            for (String service : new String[] {"drafting", "review", "archive"}) {
                String path = "/api/operations/" + service + "/dead-letters";
                expectProblem(web.get().uri(path).header(HttpHeaders.AUTHORIZATION, KEYS.bearer(user)).exchange(),
                        403, "forbidden");
                expectProblem(web.post().uri(path).header(HttpHeaders.AUTHORIZATION, KEYS.bearer(user)).exchange(),
                        403, "forbidden");
            }
        }
        expectProblem(web.get().uri("/api/operations/review/dead-letters").exchange(), 401, "unauthenticated");
        assertThat(DRAFTING.requests() + REVIEW.requests() + ARCHIVE.requests()).isEqualTo(before);
    }

    @Test
    void anUnknownServiceIsNotFound() {
        int before = DRAFTING.requests() + REVIEW.requests() + ARCHIVE.requests();
        for (String path : new String[] {"/api/operations/gateway/dead-letters", "/api/operations/kafka/dead-letters",
                "/api/operations/review/deadletters", "/api/operations/review/dead-letters/0"}) {
            expectProblem(web.get().uri(path).header(HttpHeaders.AUTHORIZATION, KEYS.bearer("admin")).exchange(),
                    404, "not-found");
        }
        // what is not an admin learns nothing about which services exist
        expectProblem(web.get().uri("/api/operations/kafka/dead-letters")
                .header(HttpHeaders.AUTHORIZATION, KEYS.bearer("zhangwei")).exchange(), 403, "forbidden");
        assertThat(DRAFTING.requests() + REVIEW.requests() + ARCHIVE.requests()).isEqualTo(before);
    }
}
