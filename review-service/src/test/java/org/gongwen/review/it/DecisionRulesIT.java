package org.gongwen.review.it;

import java.util.Map;

import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class DecisionRulesIT extends ReviewServiceIT {

    @Test
    void onlyTheReviewerOfTheCurrentStepMayDecideAndTheDrafterNever() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        decide("zhangwei", id, "APPROVE", "同意", 1).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        decide("zhaomin", id, "APPROVE", "同意", 1).expectStatus().isForbidden();
        decide("qianxiao", id, "APPROVE", "同意", 1).expectStatus().isForbidden();
    }

    @Test
    void aDecidedStepAStaleRevisionAndADocumentOutOfReviewAreConflicts() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        decide("sunli", id, "APPROVE", "同意", 2).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("urn:gongwen:problem:stale-revision");
        approveUpTo(id, 1, "sunli");
        decide("sunli", id, "APPROVE", "同意", 1).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("urn:gongwen:problem:step-decided");
        decide("zhaomin", id, "RETURN", "请修改", 1).expectStatus().isOk();
        decide("zhaomin", id, "APPROVE", "同意", 1).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("urn:gongwen:problem:not-in-review");
    }

    @Test
    void returnAndRejectWithoutOpinionViolateReviewOpinionRule() {
        String id = newDocumentId();
        submit(id, 1, "lina");
        for (String decision : new String[]{"RETURN", "REJECT"}) {
            decide("zhaomin", id, decision, " ", 1).expectStatus().isEqualTo(422)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.violations[0].rule").isEqualTo("REVIEW-OPINION-1")
                    .jsonPath("$.violations[0].field").isEqualTo("opinion");
        }
        decide("zhaomin", id, "APPROVE", "同意", 1).expectStatus().isOk();
    }

    @Test
    void anUnknownDecisionAMissingRevisionAndMalformedJsonAreBadRequests() {
        String id = newDocumentId();
        submit(id, 1, "lina");
        decideRaw("zhaomin", id, Map.of("decision", "MAYBE", "revision", 1)).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        decideRaw("zhaomin", id, Map.of("decision", "APPROVE")).expectStatus().isBadRequest();
        decideRaw("zhaomin", id, "{\"decision\": ").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        decideRaw("zhaomin", id, Map.of("decision", "APPROVE", "revision", "one")).expectStatus().isBadRequest();
        decideRaw("zhaomin", id, "null").expectStatus().isBadRequest();
        web.post().uri("/api/reviews/{id}/decisions", id)
                .header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("zhaomin"))
                .contentType(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        get("zhaomin", "/api/reviews/{id}", id).expectStatus().isOk().expectBody()
                .jsonPath("$.currentLevel").isEqualTo(1);
    }

    @Test
    void decidingOnAnUnknownDocumentIsNotFound() {
        decide("zhaomin", newDocumentId(), "APPROVE", "同意", 1).expectStatus().isNotFound();
    }

    @Test
    void theReviewIsReadByDrafterChainAndAuditorOnlyAndUnknownIsNotFound() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        for (String reader : new String[]{"zhangwei", "sunli", "wangqiang", "zhoushen"}) {
            get(reader, "/api/reviews/{id}", id).expectStatus().isOk();
        }
        get("lina", "/api/reviews/{id}", id).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        get("zhoushen", "/api/reviews/{id}", newDocumentId()).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        web.get().uri("/api/reviews/inbox").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/reviews/inbox").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token").exchange()
                .expectStatus().isUnauthorized();
        web.get().uri("/api/reviews/inbox").header(HttpHeaders.AUTHORIZATION, TestInfrastructure.bearer("lina"))
                .exchange().expectStatus().isOk();
    }
}
