package org.gongwen.review.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gongwen.events.DocumentIssued;
import org.gongwen.events.GongwenEvent;
import org.gongwen.events.ReviewReviewerAdded;
import org.gongwen.events.ReviewReviewerRemoved;
import org.gongwen.events.TrailEntry;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * 加签/减签 through the API on the real database and broker: the added reviewer's inbox and decision, the events
 * through the outbox, the issued trail, and every refusal as problem+json (REVIEW-ADHOC-*).
 */
class AdHocReviewersIT extends ReviewServiceIT {

    private WebTestClient.ResponseSpec remove(String user, String documentId, String personId, Object body) {
        return web.method(HttpMethod.DELETE).uri("/api/reviews/{id}/reviewers/{person}", documentId, personId)
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private long storedSteps(String documentId) {
        return jdbc.sql("SELECT count(*) FROM review_steps WHERE document_id = ?").param(documentId)
                .query(Long.class).single();
    }

    @Test
    void REVIEW_ADHOC_theAddedReviewerFindsItInTheirInboxApprovesAndTheIssuedTrailShowsTheAddition() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        approveUpTo(id, 1, "sunli");
        // other ITs add people to the shared organisation: the demo ones are what this document decides on
        List<Map<String, Object>> candidates = get("zhaomin", "/api/reviews/{id}/reviewers/candidates", id)
                .expectStatus().isOk()
                .expectBodyList(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult()
                .getResponseBody();
        assertThat(candidates).extracting(c -> c.get("username")).contains("liuyang")
                .doesNotContain("wangqiang", "zhaomin", "sunli", "zhangwei", "qianxiao", "zhoushen");
        post("zhaomin", "/api/reviews/{id}/reviewers", Map.of("reviewer", "liuyang",
                "opinion", "涉及救助资金，请刘洋局长把关", "revision", 1), id)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.steps.length()").isEqualTo(4)
                .jsonPath("$.steps[2].reviewer").isEqualTo("liuyang")
                .jsonPath("$.steps[2].addedBy").isEqualTo("zhaomin")
                .jsonPath("$.steps[3].reviewer").isEqualTo("wangqiang")
                .jsonPath("$.acts[1].action").isEqualTo("REVIEWER_ADDED")
                .jsonPath("$.acts[1].subject").isEqualTo("liuyang")
                .jsonPath("$.acts[1].opinion").isEqualTo("涉及救助资金，请刘洋局长把关");
        approveUpTo(id, 1, "zhaomin");
        get("liuyang", "/api/reviews/inbox").expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.documentId == '" + id + "')].level").isEqualTo(List.of(3));
        approveUpTo(id, 1, "liuyang", "wangqiang");

        List<GongwenEvent> events = reviewEvents(id, 6);
        ReviewReviewerAdded added = (ReviewReviewerAdded) events.get(2);
        assertThat(added.level()).isEqualTo(3);
        assertThat(added.reviewer().username()).isEqualTo("liuyang");
        assertThat(added.actor().username()).isEqualTo("zhaomin");
        DocumentIssued issued = (DocumentIssued) events.get(5);
        assertThat(issued.trail()).extracting(TrailEntry::action).containsExactly("SUBMITTED", "APPROVED",
                "REVIEWER_ADDED", "APPROVED", "APPROVED", "SIGNED");
        assertThat(issued.trail().get(2).opinion()).isEqualTo("刘洋（liuyang）：涉及救助资金，请刘洋局长把关");
        assertThat(issued.trail().get(4).actor().username()).isEqualTo("liuyang");
    }

    @Test
    void REVIEW_ADHOC_refusalsAreProblemsAndAnAddedReviewerNotYetReachedIsRemoved() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        approveUpTo(id, 1, "sunli");
        post("zhaomin", "/api/reviews/{id}/reviewers", Map.of("reviewer", "liuyang", "opinion", " ", "revision", 1), id)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.violations[0].rule").isEqualTo("REVIEW-ADHOC-2")
                .jsonPath("$.violations[0].field").isEqualTo("opinion");
        post("zhaomin", "/api/reviews/{id}/reviewers", Map.of("reviewer", "zhangwei", "opinion", "请看", "revision", 1),
                id).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.violations[0].rule").isEqualTo("REVIEW-ADHOC-3");
        post("sunli", "/api/reviews/{id}/reviewers", Map.of("reviewer", "liuyang", "opinion", "请看", "revision", 1), id)
                .expectStatus().isEqualTo(403);
        post("zhaomin", "/api/reviews/{id}/reviewers", Map.of("reviewer", "liuyang", "opinion", "请看"), id)
                .expectStatus().isEqualTo(400);
        post("zhaomin", "/api/reviews/{id}/reviewers", Map.of("reviewer", "liuyang", "opinion", "请看", "revision", 2),
                id).expectStatus().isEqualTo(409);

        post("zhaomin", "/api/reviews/{id}/reviewers", Map.of("reviewer", "liuyang", "opinion", "请把关", "revision", 1),
                id).expectStatus().isOk();
        remove("zhaomin", id, "wangqiang", Map.of("opinion", "不需要", "revision", 1))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.violations[0].rule").isEqualTo("REVIEW-ADHOC-7")
                .jsonPath("$.reason").isEqualTo("standing-reviewer");
        remove("zhaomin", id, "liuyang", Map.of("opinion", "刘洋局长出差，不再加签", "revision", 1))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.steps.length()").isEqualTo(3)
                .jsonPath("$.steps[2].reviewer").isEqualTo("wangqiang")
                .jsonPath("$.acts[2].action").isEqualTo("REVIEWER_REMOVED");
        assertThat(storedSteps(id)).isEqualTo(3);

        approveUpTo(id, 1, "zhaomin");
        get("zhangwei", "/api/reviews/{id}", id).expectStatus().isOk()
                .expectBody().jsonPath("$.currentLevel").isEqualTo(3)
                .jsonPath("$.steps[2].reviewer").isEqualTo("wangqiang");
        List<GongwenEvent> events = reviewEvents(id, 5);
        ReviewReviewerRemoved removed = (ReviewReviewerRemoved) events.get(3);
        assertThat(removed.reviewer().username()).isEqualTo("liuyang");
        assertThat(removed.level()).isEqualTo(3);
        assertThat(removed.opinion()).isEqualTo("刘洋局长出差，不再加签");
    }
}
