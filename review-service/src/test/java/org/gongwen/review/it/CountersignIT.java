package org.gongwen.review.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongwen.events.DocumentIssued;
import org.gongwen.events.GongwenEvent;
import org.gongwen.events.ReviewCountersignRequested;
import org.gongwen.events.ReviewCountersigned;
import org.gongwen.events.TrailEntry;
import org.gongwen.platform.web.security.DemoUser;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** 会签 through the API: asked by the drafter, answered by the head of 养老服务科, in the archived trail. */
class CountersignIT extends ReviewServiceIT {

    private static final DemoUser CHENJING = new DemoUser("chenjing", "陈静", "YLFW", Set.of("DEPUTY_DIRECTOR"), "机密");

    @BeforeEach
    void headOfYlfw() {
        jdbc.sql("""
                INSERT INTO people (username, name, unit_code, role, clearance, valid_from)
                VALUES ('chenjing', '陈静', 'YLFW', 'DEPUTY_DIRECTOR', '机密', '2000-01-01T00:00:00Z')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO unit_heads (unit_code, username, valid_from) VALUES ('YLFW', 'chenjing', '2000-01-01T00:00:00Z')
                ON CONFLICT DO NOTHING""").update();
    }

    private WebTestClient.ResponseSpec asChenjing(String uri, Object body, Object... vars) {
        String token = "Bearer " + TestInfrastructure.tokens().mint(CHENJING);
        WebTestClient.RequestHeadersSpec<?> spec = body == null
                ? web.get().uri(uri, vars).header(HttpHeaders.AUTHORIZATION, token)
                : web.post().uri(uri, vars).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        return spec.exchange();
    }

    @Test
    void theDrafterAsksForCountersignTheHeadSignsAndTheTrailShowsIt() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        post("zhangwei", "/api/reviews/{id}/countersign", Map.of("units", List.of("YLFW"), "rule", "ALL",
                "revision", 1), id).expectStatus().isOk()
                .expectBody().jsonPath("$.steps[1].countersign.countersigners[0].username").isEqualTo("chenjing")
                .jsonPath("$.steps[1].countersign.complete").isEqualTo(false);
        approveUpTo(id, 1, "sunli");
        decide("zhaomin", id, "APPROVE", "同意", 1).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.reason").isEqualTo("countersign-pending");
        asChenjing("/api/reviews/inbox", null).expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.documentId == '" + id + "')].via").isEqualTo("COUNTERSIGN")
                .jsonPath("$[?(@.documentId == '" + id + "')].role").isEqualTo("COUNTERSIGNER");
        asChenjing("/api/reviews/{id}/decisions", Map.of("decision", "REJECT", "opinion", "不同意", "revision", 1), id)
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.violations[0].rule").isEqualTo("REVIEW-COUNTERSIGN-3");
        asChenjing("/api/reviews/{id}/decisions", Map.of("decision", "APPROVE", "opinion", "无不同意见", "revision", 1),
                id).expectStatus().isOk()
                .expectBody().jsonPath("$.steps[1].countersign.complete").isEqualTo(true);
        asChenjing("/api/reviews/inbox", null).expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.documentId == '" + id + "')]").isEmpty();
        approveUpTo(id, 1, "zhaomin", "wangqiang");
        List<GongwenEvent> events = reviewEvents(id, 6);
        assertThat(events.get(1)).isInstanceOfSatisfying(ReviewCountersignRequested.class,
                e -> assertThat(e.level()).isEqualTo(2));
        assertThat(events.get(3)).isInstanceOfSatisfying(ReviewCountersigned.class,
                e -> assertThat(e.complete()).isTrue());
        DocumentIssued issued = (DocumentIssued) events.get(5);
        assertThat(issued.trail()).extracting(TrailEntry::action).containsExactly("SUBMITTED", "COUNTERSIGN_REQUESTED",
                "APPROVED", "COUNTERSIGNED", "APPROVED", "SIGNED");
    }

    @Test
    void aCountersignerSendsItBackToLevel1AndTheHeadIsAskedAgain() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        approveUpTo(id, 1, "sunli");
        post("zhaomin", "/api/reviews/{id}/countersign", Map.of("units", List.of("YLFW"), "revision", 1), id)
                .expectStatus().isOk();
        asChenjing("/api/reviews/{id}/decisions", Map.of("decision", "RETURN", "opinion", "请补充养老机构数据",
                "revision", 1, "returnToLevel", 1), id).expectStatus().isOk()
                .expectBody().jsonPath("$.currentLevel").isEqualTo(1)
                .jsonPath("$.steps[1].countersign.countersigners[0].decision").isEmpty();
        approveUpTo(id, 1, "sunli");
        decide("zhaomin", id, "APPROVE", "同意", 1).expectStatus().isEqualTo(409);
    }

    @Test
    void badCountersignRequestsAreProblems() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        post("zhangwei", "/api/reviews/{id}/countersign", Map.of("units", List.of("SHJZ"), "revision", 1), id)
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.violations[0].rule").isEqualTo("REVIEW-COUNTERSIGN-1")
                .jsonPath("$.violations[0].field").isEqualTo("units");
        post("zhangwei", "/api/reviews/{id}/countersign", Map.of("units", List.of("YLFW")), id)
                .expectStatus().isEqualTo(400);
        post("lina", "/api/reviews/{id}/countersign", Map.of("units", List.of("YLFW"), "revision", 1), id)
                .expectStatus().isEqualTo(403);
    }
}
