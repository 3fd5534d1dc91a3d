package org.gongwen.drafting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongwen.events.DraftSubmitted;
import org.gongwen.events.DraftWithdrawn;
import org.gongwen.events.EventType;
import org.gongwen.events.Person;
import org.gongwen.events.ReviewStepApproved;
import org.gongwen.events.Topics;
import org.gongwen.platform.messaging.ContentHash;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class SubmissionIT extends DraftingServiceIT {

    @Test
    void submitting202MovesToInReviewAndPublishesTheContentWithItsHash() {
        String id = create("zhangwei", request());
        post("zhangwei", "/api/drafts/" + id + "/submit", null).expectStatus().isAccepted()
                .expectBody().jsonPath("$.status").isEqualTo("IN_REVIEW").jsonPath("$.revision").isEqualTo(1);

        ConsumerRecord<String, byte[]> record = records(Topics.DRAFTING, id, EventType.DRAFT_SUBMITTED.typeName(), 1).get(0);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_source")).isEqualTo("/gongwen/drafting-service");
        assertThat(header(record, "ce_subject")).isEqualTo(id);
        assertThat(header(record, "ce_id")).isNotBlank();
        assertThat(Instant.parse(header(record, "ce_time"))).isNotNull();
        DraftSubmitted event = codec.decode(record, EventType.DRAFT_SUBMITTED).payloadAs(DraftSubmitted.class);
        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.drafter()).isEqualTo(new Person("zhangwei", "张伟", "SHJZ"));
        assertThat(event.content().title()).isEqualTo(request().get("title"));
        assertThat(event.content().body()).isEqualTo(request().get("body"));
        assertThat(event.contentHash()).isEqualTo(ContentHash.of(event.content())).hasSize(64);
        assertThat(event.contentHash()).as("the hash of the last saved version").isEqualTo(jdbc.sql(
                        "SELECT content_hash FROM draft_versions WHERE draft_id = CAST(? AS uuid) AND version = 1")
                .param(id).query(String.class).single());
        assertThat(event.submittedAt()).isNotNull();
    }

    @Test
    void checkListsTheFindingsWithoutChangingAnything() {
        String id = create("zhangwei", with(request(), "title", "江城市民政局关于申请经费的请示报告"));
        post("zhangwei", "/api/drafts/" + id + "/check", null).expectStatus().isOk().expectBody()
                .jsonPath("$.violations[0].rule").isEqualTo("GB-TITLE-1")
                .jsonPath("$.violations[0].severity").isEqualTo("ERROR")
                .jsonPath("$.violations[0].suggestedFix").isEqualTo("江城市民政局关于申请经费的请示");
        assertThat(read("zhangwei", id).get("status")).isEqualTo("DRAFT");
        post("lina", "/api/drafts/" + id + "/check", null).expectStatus().isForbidden();
    }

    @Test
    void aBrokenErrorRuleIs422WithViolationsAndTheDraftStays() {
        String id = create("zhangwei", with(with(request(), "direction", "平行"), "mainRecipients", List.of()));
        post("zhangwei", "/api/drafts/" + id + "/submit", null).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.violations[?(@.rule == 'GB-TO-1')].field").isEqualTo("mainRecipients")
                .jsonPath("$.violations[?(@.rule == 'TL-PAR-3')].severity").isEqualTo("ERROR");
        Map<String, Object> draft = read("zhangwei", id);
        assertThat(draft.get("status")).isEqualTo("DRAFT");
        assertThat(draft.get("revision")).isEqualTo(0);
    }

    @Test
    void aDraftInReviewCannotBeSubmittedOrEditedAgain() {
        String id = submitted(create("zhangwei", request()));
        post("zhangwei", "/api/drafts/" + id + "/submit", null).expectStatus().isEqualTo(409);
        web.put().uri("/api/drafts/" + id)
                .header("Authorization", org.gongwen.testsupport.TestInfrastructure.bearer("zhangwei"))
                .header("If-Match", "\"1\"").bodyValue(request()).exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void onlyTheDrafterMaySubmit() {
        String id = create("zhangwei", request());
        post("lina", "/api/drafts/" + id + "/submit", null).expectStatus().isForbidden();
    }

    @Test
    void withdrawingBeforeAnyDecisionAnswersWithdrawnAndPublishesIt() {
        String id = submitted(create("zhangwei", request()));
        post("lina", "/api/drafts/" + id + "/withdraw", null).expectStatus().isForbidden();
        post("zhangwei", "/api/drafts/" + id + "/withdraw", null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("WITHDRAWN");
        ConsumerRecord<String, byte[]> record = records(Topics.DRAFTING, id, EventType.DRAFT_WITHDRAWN.typeName(), 1).get(0);
        DraftWithdrawn event = codec.decode(record, EventType.DRAFT_WITHDRAWN).payloadAs(DraftWithdrawn.class);
        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.withdrawnAt()).isNotNull();
        post("zhangwei", "/api/drafts/" + id + "/withdraw", null).expectStatus().isEqualTo(409);
    }

    @Test
    void withdrawingAfterAReviewerDecidedIs409() {
        String id = submitted(create("zhangwei", request()));
        publish(new ReviewStepApproved(id, 1, 1, "DEPUTY_DIRECTOR", new Person("sunli", "孙立", "BGS"), "同意",
                Instant.now()));
        await().atMost(DEADLINE).until(() -> decidedLevels(id) == 1);

        post("zhangwei", "/api/drafts/" + id + "/withdraw", null).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:review-decided");
        assertThat(read("zhangwei", id).get("status")).isEqualTo("IN_REVIEW");
    }

    @SuppressWarnings("unchecked")
    private long decidedLevels(String id) {
        List<Map<String, Object>> chain = (List<Map<String, Object>>) read("zhangwei", id).get("chain");
        return chain.stream().filter(l -> Boolean.TRUE.equals(l.get("decided"))).count();
    }
}
