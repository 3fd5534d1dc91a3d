package org.gongwen.review.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.gongwen.events.DocumentIssued;
import org.gongwen.events.DraftSubmitted;
import org.gongwen.events.GongwenEvent;
import org.gongwen.events.ReviewChainAssigned;
import org.gongwen.events.ReviewRejected;
import org.gongwen.events.ReviewReturned;
import org.gongwen.events.ReviewStepApproved;
import org.gongwen.events.TrailEntry;
import org.junit.jupiter.api.Test;

class ReviewFlowIT extends ReviewServiceIT {

    @Test
    void aSubmittedDraftGetsItsChainLandsInTheFirstInboxAndIsAnnounced() {
        String id = newDocumentId();
        DraftSubmitted submitted = submit(id, 1, "zhangwei");

        get("sunli", "/api/reviews/inbox").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.documentId == '" + id + "')].level").isEqualTo(1)
                .jsonPath("$[?(@.documentId == '" + id + "')].role").isEqualTo("DEPUTY_DIRECTOR")
                .jsonPath("$[?(@.documentId == '" + id + "')].drafter").isEqualTo("zhangwei")
                .jsonPath("$[?(@.documentId == '" + id + "')].unit").isEqualTo("SHJZ")
                .jsonPath("$[?(@.documentId == '" + id + "')].title").isEqualTo(submitted.content().title())
                .jsonPath("$[?(@.documentId == '" + id + "')].overdue").isEqualTo(false);
        get("zhaomin", "/api/reviews/inbox").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.documentId == '" + id + "')]").doesNotExist();
        get("zhangwei", "/api/reviews/{id}", id).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("IN_REVIEW")
                .jsonPath("$.currentLevel").isEqualTo(1)
                .jsonPath("$.contentHash").isEqualTo(submitted.contentHash())
                .jsonPath("$.steps[0].reviewer").isEqualTo("sunli")
                .jsonPath("$.steps[1].reviewer").isEqualTo("zhaomin")
                .jsonPath("$.steps[2].reviewer").isEqualTo("wangqiang");

        List<GongwenEvent> events = reviewEvents(id, 1);
        assertThat(events).hasSize(1).first().isInstanceOf(ReviewChainAssigned.class);
        assertThat(((ReviewChainAssigned) events.get(0)).steps())
                .extracting(s -> s.reviewer().username()).containsExactly("sunli", "zhaomin", "wangqiang");
    }

    @Test
    void theLastApprovalIssuesTheDocumentWithItsNumberDateAndTrail() {
        String id = newDocumentId();
        DraftSubmitted submitted = submit(id, 1, "zhangwei");
        approveUpTo(id, 1, "sunli", "zhaomin");
        decide("wangqiang", id, "APPROVE", "同意，签发", 1).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ISSUED")
                .jsonPath("$.documentNumber").value(n -> assertThat((String) n).matches("江民发〔\\d{4}〕[1-9]\\d*号"));

        List<GongwenEvent> events = reviewEvents(id, 4);
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ReviewChainAssigned", "ReviewStepApproved", "ReviewStepApproved", "DocumentIssued");
        assertThat(((ReviewStepApproved) events.get(2)).reviewer().username()).isEqualTo("zhaomin");
        DocumentIssued issued = (DocumentIssued) events.get(3);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(issued.documentNumber()).startsWith("江民发〔" + today.getYear() + "〕");
        assertThat(issued.documentDate()).isEqualTo(today);
        assertThat(issued.signer().username()).isEqualTo("wangqiang");
        assertThat(issued.contentHash()).isEqualTo(submitted.contentHash());
        assertThat(issued.content()).isEqualTo(submitted.content());
        assertThat(issued.trail()).extracting(TrailEntry::action)
                .containsExactly("SUBMITTED", "APPROVED", "APPROVED", "SIGNED");
        assertThat(issued.trail()).extracting(e -> e.actor().username())
                .containsExactly("zhangwei", "sunli", "zhaomin", "wangqiang");
        assertThat(issued.trail().get(3).opinion()).isEqualTo("同意，签发");
        get("zhoushen", "/api/reviews/{id}", id).expectStatus().isOk().expectBody()
                .jsonPath("$.documentNumber").isEqualTo(issued.documentNumber());
    }

    @Test
    void aReturnedDraftResubmittedStartsAgainAtLevelOneKeepingTheFirstRoundAsHistory() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        approveUpTo(id, 1, "sunli");
        decide("zhaomin", id, "RETURN", "请补充2025年度检查数据", 1).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("RETURNED");
        get("zhaomin", "/api/reviews/inbox").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.documentId == '" + id + "')]").doesNotExist();

        submit(id, 2, "zhangwei");
        get("sunli", "/api/reviews/inbox").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.documentId == '" + id + "')].revision").isEqualTo(2);
        get("zhangwei", "/api/reviews/{id}", id).expectStatus().isOk().expectBody()
                .jsonPath("$.revision").isEqualTo(2)
                .jsonPath("$.currentLevel").isEqualTo(1)
                .jsonPath("$.history[0].revision").isEqualTo(1)
                .jsonPath("$.history[0].status").isEqualTo("RETURNED")
                .jsonPath("$.history[0].steps[1].opinion").isEqualTo("请补充2025年度检查数据");

        List<GongwenEvent> events = reviewEvents(id, 4);
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ReviewChainAssigned", "ReviewStepApproved", "ReviewReturned", "ReviewChainAssigned");
        ReviewReturned returned = (ReviewReturned) events.get(2);
        assertThat(returned.level()).isEqualTo(2);
        assertThat(returned.opinion()).isEqualTo("请补充2025年度检查数据");
        assertThat(events.get(3).revision()).isEqualTo(2);
    }

    @Test
    void aRejectedDraftLeavesReviewForGood() {
        String id = newDocumentId();
        submit(id, 1, "lina");
        decide("zhaomin", id, "REJECT", "不属于本局职责范围", 1).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("REJECTED");
        decide("wangqiang", id, "APPROVE", "同意", 1).expectStatus().isEqualTo(409);
        List<GongwenEvent> events = reviewEvents(id, 2);
        assertThat(events.get(1)).isInstanceOf(ReviewRejected.class);
        assertThat(((ReviewRejected) events.get(1)).reviewer().username()).isEqualTo("zhaomin");
    }

    @Test
    void aWithdrawnDraftLeavesTheInboxAndTakesNoMoreDecisions() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        withdraw(id, 1, "zhangwei");
        await().atMost(DEADLINE).until(() -> "WITHDRAWN".equals(roundStatus(id, 1)));
        get("sunli", "/api/reviews/inbox").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.documentId == '" + id + "')]").doesNotExist();
        decide("sunli", id, "APPROVE", "同意", 1).expectStatus().isEqualTo(409);
    }

    @Test
    void aWithdrawalAfterADecisionIsIgnored() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        approveUpTo(id, 1, "sunli");
        awaitProcessed(withdraw(id, 1, "zhangwei"));
        assertThat(roundStatus(id, 1)).isEqualTo("IN_REVIEW");
        decide("zhaomin", id, "APPROVE", "同意", 1).expectStatus().isOk();
    }

    @Test
    void theSameSubmittedEventDeliveredTwiceAndAStaleRevisionAreAppliedOnce() {
        String id = newDocumentId();
        DraftSubmitted event = submitted(id, 1, "zhangwei", "特急");
        String eventId = UUID.randomUUID().toString();
        publish(event, eventId);
        publish(event, eventId);
        String redelivered = UUID.randomUUID().toString();
        publish(event, redelivered);
        // same key, same partition: once the last one is processed, the duplicate before it was too
        awaitProcessed(redelivered);
        approveUpTo(id, 1, "sunli");
        List<GongwenEvent> events = reviewEvents(id, 2);
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ReviewChainAssigned", "ReviewStepApproved");
        assertThat(jdbc.sql("SELECT count(*) FROM review_steps WHERE document_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(3);
    }
}
