package org.gongwen.drafting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongwen.events.Corrects;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.DraftSubmitted;
import org.gongwen.events.EventType;
import org.gongwen.events.Person;
import org.gongwen.events.ReviewRejected;
import org.gongwen.events.Topics;
import org.junit.jupiter.api.Test;

/** 更正 after 签发 (issue 18): POST /api/drafts/{id}/correction on real PostgreSQL and Kafka. */
class CorrectionIT extends DraftingServiceIT {

    private static final Person WANGQIANG = new Person("wangqiang", "王强", "JLD");

    @Test
    void anIssuedDocumentIsCorrectedAsItsNextRevisionSubmittedToTheSigner() {
        String id = issued();
        post("zhangwei", "/api/drafts/" + id + "/correction",
                Map.of("copyRecipients", List.of("江城市财政局"), "reason", "抄送机关漏列市财政局"))
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.status").isEqualTo("IN_REVIEW").jsonPath("$.revision").isEqualTo(2)
                .jsonPath("$.documentNumber").isEqualTo("江民发〔2026〕9号")
                .jsonPath("$.correction.open").isEqualTo(true)
                .jsonPath("$.correction.issuedRevision").isEqualTo(1)
                .jsonPath("$.copyRecipients[0]").isEqualTo("江城市财政局");

        List<ConsumerRecord<String, byte[]>> submitted =
                records(Topics.DRAFTING, id, EventType.DRAFT_SUBMITTED.typeName(), 2);
        DraftSubmitted event = codec.decode(submitted.get(1), EventType.DRAFT_SUBMITTED).payloadAs(DraftSubmitted.class);
        assertThat(event.revision()).isEqualTo(2);
        assertThat(event.correction()).isEqualTo(new Corrects(1, "江民发〔2026〕9号", WANGQIANG, "抄送机关漏列市财政局"));
        assertThat(event.content().copyRecipients()).containsExactly("江城市财政局");

        // a second one while the first is with the signer
        post("zhangwei", "/api/drafts/" + id + "/correction", Map.of("title", "新标题的通知", "reason", "再改"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:gongwen:problem:correction-in-progress")
                .jsonPath("$.rule").isEqualTo("CORRECTION-4");

        // the signer rejects it: the issued document stands as it was
        publish(new ReviewRejected(id, 2, 1, "CHIEF", WANGQIANG, "无需更正", now()));
        await().atMost(DEADLINE).until(() -> "ISSUED".equals(read("zhangwei", id).get("status")));
        Map<String, Object> back = read("zhangwei", id);
        assertThat(back.get("copyRecipients")).isEqualTo(List.of());
        assertThat(back.get("documentNumber")).isEqualTo("江民发〔2026〕9号");
    }

    @Test
    void refusalsAreProblemsWithTheirRule() {
        String draft = create("zhangwei", request());
        post("zhangwei", "/api/drafts/" + draft + "/correction", Map.of("title", "x的通知", "reason", "理由"))
                .expectStatus().isEqualTo(409).expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody().jsonPath("$.rule").isEqualTo("CORRECTION-1");

        String id = issued();
        post("zhangwei", "/api/drafts/" + id + "/correction", Map.of("body", "更正后的正文。"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("CORRECTION-2")
                .jsonPath("$.violations[0].field").isEqualTo("reason");
        post("zhangwei", "/api/drafts/" + id + "/correction", Map.of("reason", "没有修改"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("CORRECTION-3");
        post("lina", "/api/drafts/" + id + "/correction", Map.of("body", "更正后的正文。", "reason", "理由"))
                .expectStatus().isForbidden().expectBody().jsonPath("$.rule").isEqualTo("CORRECTION-5");
        post("zhangwei", "/api/drafts/" + id + "/correction", Map.of("docType", "报告", "reason", "理由"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.rule").isEqualTo("CORRECTION-6")
                .jsonPath("$.violations[0].field").isEqualTo("docType");
        assertThat(read("zhangwei", id).get("status")).isEqualTo("ISSUED");
    }

    /** A draft of 张伟 submitted and issued as review-service would report it. */
    private String issued() {
        String id = submitted(create("zhangwei", request()));
        Map<String, Object> draft = read("zhangwei", id);
        DraftSubmitted submitted = codec.decode(records(Topics.DRAFTING, id, EventType.DRAFT_SUBMITTED.typeName(), 1)
                .get(0), EventType.DRAFT_SUBMITTED).payloadAs(DraftSubmitted.class);
        publish(new DocumentIssued(id, 1, "江民发〔2026〕9号", WANGQIANG, now(), LocalDate.of(2026, 11, 22),
                submitted.contentHash(), submitted.content(), submitted.drafter(), List.of()));
        await().atMost(DEADLINE).until(() -> "ISSUED".equals(read("zhangwei", id).get("status")));
        assertThat(draft.get("revision")).isEqualTo(1);
        return id;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
