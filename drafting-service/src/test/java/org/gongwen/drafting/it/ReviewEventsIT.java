package org.gongwen.drafting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.Person;
import org.gongwen.events.RecordArchived;
import org.gongwen.events.ReviewChainAssigned.ChainStep;
import org.gongwen.events.ReviewChainAssigned;
import org.gongwen.events.ReviewRejected;
import org.gongwen.events.ReviewReturned;
import org.gongwen.events.ReviewStepApproved;
import org.gongwen.events.ReviewSubmissionRefused;
import org.gongwen.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

/** Review's and archive's events, published to Kafka as those services do, move the draft. */
class ReviewEventsIT extends DraftingServiceIT {

    private static final Person SUNLI = new Person("sunli", "孙立", "BGS");
    private static final Person ZHAOMIN = new Person("zhaomin", "赵敏", "BGS");
    private static final Person WANGQIANG = new Person("wangqiang", "王强", "JLD");

    @Test
    void theAssignedChainLetsItsReviewersRead() {
        String id = submitted(create("zhangwei", request()));
        get("sunli", "/api/drafts/" + id).expectStatus().isForbidden();
        publish(chain(id, 1));
        await().atMost(DEADLINE).untilAsserted(() -> get("sunli", "/api/drafts/" + id).expectStatus().isOk()
                .expectBody().jsonPath("$.chain.length()").isEqualTo(3)
                .jsonPath("$.chain[2].reviewer.username").isEqualTo("wangqiang")
                .jsonPath("$.chain[0].decided").isEqualTo(false));
    }

    @Test
    void aReturnMovesToReturnedWithTheOpinionAndAResubmissionIsTheNextRevision() {
        String id = submitted(create("zhangwei", request()));
        publish(chain(id, 1));
        publish(new ReviewReturned(id, 1, 1, "DEPUTY_DIRECTOR", SUNLI, "请补充经费测算依据", now()));
        await().atMost(DEADLINE).until(() -> "RETURNED".equals(read("zhangwei", id).get("status")));
        get("zhangwei", "/api/drafts/" + id).expectBody()
                .jsonPath("$.returnedOpinions[0].opinion").isEqualTo("请补充经费测算依据")
                .jsonPath("$.returnedOpinions[0].reviewer.username").isEqualTo("sunli")
                .jsonPath("$.returnedOpinions[0].level").isEqualTo(1);

        web.put().uri("/api/drafts/" + id).header("Authorization", TestInfrastructure.bearer("zhangwei"))
                .header("If-Match", "\"1\"").bodyValue(with(request(), "body", "已补充测算依据。")).exchange()
                .expectStatus().isOk();
        post("zhangwei", "/api/drafts/" + id + "/submit", null).expectStatus().isAccepted()
                .expectBody().jsonPath("$.revision").isEqualTo(2).jsonPath("$.status").isEqualTo("IN_REVIEW");

        // a late event of the first round must not move the second
        publish(new ReviewRejected(id, 1, 2, "DIRECTOR", ZHAOMIN, "旧轮次", now()));
        publish(chain(id, 2));
        await().atMost(DEADLINE).until(() -> ((List<?>) read("zhangwei", id).get("chain")).size() == 3);
        assertThat(read("zhangwei", id).get("status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void reviewClearance1ARefusedSubmissionGoesBackToTheDrafterWithTheReason() {
        String id = submitted(create("zhangwei", request()));
        publish(new ReviewSubmissionRefused(id, 1, "REVIEW-CLEARANCE-1", 1, "DEPUTY_DIRECTOR",
                "审核链第 1 级无人具备秘密涉密等级。", "Level 1 has nobody cleared for 秘密.", now()));
        await().atMost(DEADLINE).until(() -> "RETURNED".equals(read("zhangwei", id).get("status")));
        get("zhangwei", "/api/drafts/" + id).expectBody()
                .jsonPath("$.returnedOpinions[0].decision").isEqualTo("REFUSED")
                .jsonPath("$.returnedOpinions[0].level").isEqualTo(1)
                .jsonPath("$.returnedOpinions[0].opinion").isEqualTo("审核链第 1 级无人具备秘密涉密等级。（REVIEW-CLEARANCE-1）");
    }

    @Test
    void aRejectionMovesToRejected() {
        String id = submitted(create("zhangwei", request()));
        publish(new ReviewRejected(id, 1, 2, "DIRECTOR", ZHAOMIN, "不宜以局名义行文", now()));
        await().atMost(DEADLINE).until(() -> "REJECTED".equals(read("zhangwei", id).get("status")));
    }

    @Test
    void issuingThenArchivingRecordsDocumentNumberSignerAndArchiveNumber() {
        String id = submitted(create("zhangwei", request()));
        publish(chain(id, 1));
        publish(new ReviewStepApproved(id, 1, 1, "DEPUTY_DIRECTOR", SUNLI, "同意", now()));
        publish(new ReviewStepApproved(id, 1, 2, "DIRECTOR", ZHAOMIN, "同意", now()));
        publish(new DocumentIssued(id, 1, "江民发〔2026〕7号", WANGQIANG, now(), LocalDate.of(2026, 11, 22), "hash", content(),
                new Person("zhangwei", "张伟", "SHJZ"), List.of()));
        await().atMost(DEADLINE).until(() -> "ISSUED".equals(read("zhangwei", id).get("status")));
        get("zhangwei", "/api/drafts/" + id).expectBody()
                .jsonPath("$.documentNumber").isEqualTo("江民发〔2026〕7号")
                .jsonPath("$.signer.username").isEqualTo("wangqiang")
                .jsonPath("$.signer.name").isEqualTo("王强")
                .jsonPath("$.documentDate").isEqualTo("2026-11-22")
                .jsonPath("$.issuedAt").exists();

        publish(new RecordArchived(id, 1, "Z011-WS·2026-D30-SHJZ-0007", now()));
        await().atMost(DEADLINE).until(() -> "ARCHIVED".equals(read("zhangwei", id).get("status")));
        assertThat(read("zhangwei", id).get("archiveNo")).isEqualTo("Z011-WS·2026-D30-SHJZ-0007");
    }

    /** Found by the chaos test: after a restart the archive topic was read before the review topic's backlog. */
    @Test
    void anArchivedEventReadBeforeItsIssueIsAppliedOnceTheIssueArrives() {
        String id = submitted(create("zhangwei", request()));
        publish(chain(id, 1));
        await().atMost(DEADLINE).until(() -> ((List<?>) read("zhangwei", id).get("chain")).size() == 3);
        String archived = publish(new RecordArchived(id, 1, "Z011-WS·2026-D30-SHJZ-0008", now()));
        publish(new DocumentIssued(id, 1, "江民发〔2026〕8号", WANGQIANG, now(), LocalDate.of(2026, 11, 22), "hash", content(),
                new Person("zhangwei", "张伟", "SHJZ"), List.of()));

        await().atMost(DEADLINE).until(() -> "ARCHIVED".equals(read("zhangwei", id).get("status")));
        Map<String, Object> draft = read("zhangwei", id);
        assertThat(draft.get("documentNumber")).isEqualTo("江民发〔2026〕8号");
        assertThat(draft.get("archiveNo")).isEqualTo("Z011-WS·2026-D30-SHJZ-0008");
        assertThat(processed(archived)).isEqualTo(1);
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        String id = submitted(create("zhangwei", request()));
        String eventId = UUID.randomUUID().toString();
        ReviewReturned returned = new ReviewReturned(id, 1, 1, "DEPUTY_DIRECTOR", SUNLI, "请修改", now());
        publish(returned, eventId);
        publish(returned, eventId);
        // same key, same partition: once this later event is processed, both copies before it have been seen
        String later = publish(new RecordArchived(id, 1, "irrelevant", now()));
        await().atMost(DEADLINE).until(() -> processed(later) == 1);

        assertThat(processed(eventId)).isEqualTo(1);
        Map<String, Object> draft = read("zhangwei", id);
        assertThat(draft.get("status")).isEqualTo("RETURNED");
        assertThat((List<?>) draft.get("history")).hasSize(1);
    }

    private long processed(String eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_events WHERE event_id = ?").param(eventId)
                .query(Long.class).single();
    }

    @Test
    void eventsForUnknownDocumentsAreIgnoredAndConsumptionGoesOn() {
        publish(new ReviewRejected(UUID.randomUUID().toString(), 1, 1, "DEPUTY_DIRECTOR", SUNLI, "x", now()));
        publish(new ReviewRejected("not-a-uuid", 1, 1, "DEPUTY_DIRECTOR", SUNLI, "x", now()));
        String id = submitted(create("zhangwei", request()));
        publish(new ReviewRejected(id, 1, 1, "DEPUTY_DIRECTOR", SUNLI, "不同意", now()));
        await().atMost(DEADLINE).until(() -> "REJECTED".equals(read("zhangwei", id).get("status")));
    }

    private static ReviewChainAssigned chain(String id, int revision) {
        return new ReviewChainAssigned(id, revision, List.of(new ChainStep(1, "DEPUTY_DIRECTOR", SUNLI),
                new ChainStep(2, "DIRECTOR", ZHAOMIN), new ChainStep(3, "CHIEF", WANGQIANG)), now());
    }

    private static DocumentContent content() {
        Map<String, Object> r = request();
        return new DocumentContent("请示", (String) r.get("title"), List.of("江城市人民政府"), List.of(),
                (String) r.get("body"), null, null, null, "上行", List.of(), null);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
