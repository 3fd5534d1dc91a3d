package org.gongwen.review.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongwen.events.DocumentIssued;
import org.gongwen.events.GongwenEvent;
import org.gongwen.events.ReviewEscalated;
import org.gongwen.events.ReviewReminderDue;
import org.gongwen.events.ReviewStepReopened;
import org.gongwen.events.TrailEntry;
import org.gongwen.review.followup.application.FollowingUpReviews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 退回 to a level, 撤回, 委派 ("代"), 催办 limits, escalation with a moved clock, 五不 dashboard, 已办. */
class ChainFeaturesIT extends ReviewServiceIT {

    @Autowired
    SettableClock clock;
    @Autowired
    FollowingUpReviews followingUp;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void returnToLevel1FromLevel3ThroughTheApiThenSignedWithTheWholeTrail() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        approveUpTo(id, 1, "sunli", "zhaomin");
        decideRaw("wangqiang", id, Map.of("decision", "RETURN", "opinion", "请再核数据", "revision", 1,
                "returnToLevel", 1)).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("IN_REVIEW").jsonPath("$.currentLevel").isEqualTo(1);
        decideRaw("wangqiang", id, Map.of("decision", "RETURN", "opinion", "x", "revision", 1, "returnToLevel", 3))
                .expectStatus().isEqualTo(403);
        approveUpTo(id, 1, "sunli", "zhaomin", "wangqiang");
        List<GongwenEvent> events = reviewEvents(id, 7);
        assertThat(events.get(3)).isInstanceOf(ReviewStepReopened.class);
        DocumentIssued issued = (DocumentIssued) events.get(6);
        assertThat(issued.trail()).extracting(TrailEntry::action).containsExactly("SUBMITTED", "APPROVED", "APPROVED",
                "SENT_BACK", "APPROVED", "APPROVED", "SIGNED");
    }

    @Test
    void aReturnToALevelThatNeverApprovedIs422() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        approveUpTo(id, 1, "sunli");
        decideRaw("zhaomin", id, Map.of("decision", "RETURN", "opinion", "不妥", "revision", 1, "returnToLevel", 2))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.violations[0].rule").isEqualTo("REVIEW-RETURN-1");
    }

    @Test
    void thePreviousApproverRecallsUntilTheNextOneActs() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        approveUpTo(id, 1, "sunli");
        post("sunli", "/api/reviews/{id}/recall", Map.of("revision", 1), id).expectStatus().isOk()
                .expectBody().jsonPath("$.currentLevel").isEqualTo(1);
        approveUpTo(id, 1, "sunli", "zhaomin");
        post("sunli", "/api/reviews/{id}/recall", Map.of("revision", 1), id).expectStatus().isEqualTo(409);
    }

    @Test
    void aDelegateSignsAndTheArchivedTrailSaysDai() {
        String id = newDocumentId();
        submit(id, 1, "lina");
        approveUpTo(id, 1, "zhaomin");
        post("wangqiang", "/api/reviews/{id}/delegation", Map.of("kind", "DELEGATE", "to", "liuyang",
                "until", clock.instant().plus(Duration.ofDays(2)).toString(), "reason", "出差", "revision", 1), id)
                .expectStatus().isOk();
        get("liuyang", "/api/reviews/inbox").expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.documentId == '" + id + "')].via").isEqualTo("DELEGATE");
        post("wangqiang", "/api/reviews/{id}/delegation", Map.of("kind", "DELEGATE", "to", "zhaomin",
                "until", clock.instant().plus(Duration.ofDays(2)).toString(), "revision", 1), id)
                .expectStatus().isEqualTo(422);
        approveUpTo(id, 1, "liuyang");
        DocumentIssued issued = (DocumentIssued) reviewEvents(id, 4).get(3);
        TrailEntry signed = issued.trail().get(issued.trail().size() - 1);
        assertThat(signed.actor().username()).isEqualTo("liuyang");
        assertThat(signed.onBehalfOf()).isEqualTo("wangqiang");
    }

    @Test
    void aTransferredStepIsHeldOnTheDashboardByThePersonItWasTransferredTo() {
        String id = newDocumentId();
        submit(id, 1, "lina");
        post("zhaomin", "/api/reviews/{id}/delegation", Map.of("kind", "TRANSFER", "to", "liuyang",
                "until", clock.instant().plus(Duration.ofDays(1)).toString(), "reason", "请刘局长处理", "revision", 1), id)
                .expectStatus().isOk();
        get("wangqiang", "/api/reviews/dashboard?unit=YLFW").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.documents[?(@.documentId == '" + id + "')].holder").isEqualTo("liuyang")
                .jsonPath("$.documents[?(@.documentId == '" + id + "')].holderName").isEqualTo("刘洋")
                .jsonPath("$.perHolder[?(@.holder == 'liuyang')].held").value(v ->
                        assertThat(((List<?>) v).get(0).toString()).isNotEqualTo("0"));
        clock.advance(Duration.ofDays(2)); // the transfer has ended: back with the owner
        get("wangqiang", "/api/reviews/dashboard?unit=YLFW").expectStatus().isOk()
                .expectBody().jsonPath("$.documents[?(@.documentId == '" + id + "')].holder").isEqualTo("zhaomin");
    }

    @Test
    void urgingIsLimitedToOncePerIntervalPerStep() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        post("zhangwei", "/api/reviews/{id}/urge", Map.of("note", "请尽快审核"), id).expectStatus().isOk();
        post("zhaomin", "/api/reviews/{id}/urge", Map.of(), id).expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:urge-too-soon");
        post("lina", "/api/reviews/{id}/urge", Map.of(), id).expectStatus().isEqualTo(403);
        clock.advance(Duration.ofMinutes(61));
        post("zhaomin", "/api/reviews/{id}/urge", Map.of(), id).expectStatus().isOk();
        assertThat(reviewEvents(id, 3).get(2)).isInstanceOfSatisfying(ReviewReminderDue.class,
                e -> assertThat(e.urgedBy()).isEqualTo("zhaomin"));
    }

    @Test
    void overdueStepsAreEscalatedOnceEvenWithSeveralSchedulersAndShowOnTheDashboard() throws Exception {
        String id = newDocumentId();
        publish(submitted(id, 1, "zhangwei", "特急"), java.util.UUID.randomUUID().toString());
        awaitRound(id, 1);
        clock.advance(Duration.ofHours(5)); // 特急: 4 clock hours
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(followingUp::runDue);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Integer> f : pool.invokeAll(runs)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<GongwenEvent> events = reviewEvents(id, 3);
        assertThat(events.get(1)).isInstanceOfSatisfying(ReviewReminderDue.class,
                e -> assertThat(e.kind()).isEqualTo("DUE"));
        assertThat(events.get(2)).isInstanceOfSatisfying(ReviewEscalated.class,
                e -> assertThat(e.escalatedTo().username()).isEqualTo("zhaomin"));
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE message_key = ? AND event_type LIKE 'gongwen.review.%'")
                .param(id).query(Long.class).single()).as("no duplicate reminders").isEqualTo(3);
        get("zhaomin", "/api/reviews/inbox").expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.documentId == '" + id + "')].via").isEqualTo("ESCALATED");
        get("zhaomin", "/api/reviews/dashboard?unit=SHJZ").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.documents[?(@.documentId == '" + id + "')].holder").isEqualTo("sunli")
                .jsonPath("$.documents[?(@.documentId == '" + id + "')].overdueSeconds").value(v ->
                        assertThat(((List<?>) v).get(0).toString()).isNotEqualTo("0"));
        get("zhangwei", "/api/reviews/dashboard").expectStatus().isEqualTo(403);
        // still sunli's to decide: escalation never approves
        decide("sunli", id, "APPROVE", "同意", 1).expectStatus().isOk();
        get("sunli", "/api/reviews/done?action=APPROVED").expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.documentId == '" + id + "')].level").isEqualTo(1);
    }

    @Test
    void inboxFiltersAndPagesAreChecked() {
        get("sunli", "/api/reviews/inbox?urgency=特急&overdue=false&page=0&size=5").expectStatus().isOk();
        get("sunli", "/api/reviews/inbox?size=0").expectStatus().isEqualTo(400);
        // found by the e2e fuzzing (BadInputIT): a NUL in a filter reached PostgreSQL and answered 500
        get("sunli", "/api/reviews/inbox?docType={type}", "\u0000").expectStatus().isEqualTo(400)
                .expectHeader().contentTypeCompatibleWith("application/problem+json");
        get("sunli", "/api/reviews/done?action={action}", "\u0000APPROVED").expectStatus().isEqualTo(400);
        get("zhaomin", "/api/reviews/dashboard?unit={unit}", "SHJZ\u0000").expectStatus().isEqualTo(400);
        Instant now = clock.instant();
        assertThat(now).isNotNull();
    }
}
