package org.gongwen.registry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.DraftReplyStarted;
import org.gongwen.events.GongwenEvent;
import org.gongwen.events.Person;
import org.gongwen.events.RegistryIncomingConcluded;
import org.gongwen.platform.messaging.ContentHash;
import org.gongwen.testsupport.TestKafka;
import org.junit.jupiter.api.Test;

/**
 * 答复 (issue 17) through the API and the real broker: who may start the reply (RCV-REPLY-1), the reply recorded from
 * draft.reply-started, the 收文 办结 by its document.issued (RCV-REPLY-2) — once, in either order of the two
 * topics, only for a reply that holds —, and the 批示 shown to the 承办 unit (CIRC-SHOW-1).
 */
class ReplyIT extends RegistryServiceIT {

    static final Person ZHANGWEI = new Person("zhangwei", "张伟", "SHJZ");

    /** A 收文 from outside, 批办ed to 社会救助科 (主办) and 养老服务科 (协办); returns its id. */
    String handledBySocialAssistance(String title) {
        Map<String, Object> form = Map.of("senderOrgan", "江城市财政局", "senderNumber", "江财函〔2026〕5号",
                "title", title, "copies", 1, "receivedOn", TODAY.toString());
        String id = post("qianxiao", "/api/registry/incoming", form).expectStatus().isCreated()
                .returnResult(Void.class).getResponseHeaders().getLocation().getPath().replaceAll(".*/", "");
        postEmpty("qianxiao", "/api/registry/incoming/{id}/accept", id).expectStatus().isOk();
        post("qianxiao", "/api/registry/incoming/{id}/proposal", Map.of("opinion", "拟请社会救助科答复。"), id)
                .expectStatus().isOk();
        post("wangqiang", "/api/registry/incoming/{id}/assignment", Map.of("leadUnit", "SHJZ",
                "assistingUnits", List.of("YLFW"), "instruction", "请社会救助科研究后函复。"), id).expectStatus().isOk();
        return id;
    }

    String receiptNumber(String id) {
        return (String) get("qianxiao", "/api/registry/incoming/{id}", id).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("receiptNumber");
    }

    /** drafting-service's announcement, on gongwen.drafting; returns the event id. */
    String replyStarted(String draftId, String incomingId, Person drafter, String clearance) {
        DraftReplyStarted event = new DraftReplyStarted(draftId, 0, drafter, clearance,
                new DraftReplyStarted.InReplyTo(incomingId, receiptNumber(incomingId)), "江城市民政局关于经费的复函",
                Instant.now());
        String eventId = UUID.randomUUID().toString();
        TestKafka.send(codec.toRecord(event.eventType().topic(), eventId, "/gongwen/drafting-service",
                event.eventType().typeName(), draftId, Instant.now(), codec.payloadJson(event), null));
        return eventId;
    }

    static DocumentIssued issuedReply(String draftId, String number) {
        DocumentContent content = new DocumentContent("函", "江城市民政局关于经费的复函", List.of("江城市财政局"),
                List.of(), "你单位来函收悉。现函复如下：……此复。", null, null, null, "平行", List.of(), null);
        return new DocumentIssued(draftId, 1, number, new Person("wangqiang", "王强", "JLD"), Instant.now(), TODAY,
                ContentHash.of(content), content, ZHANGWEI, List.of());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> incoming(String id) {
        return get("qianxiao", "/api/registry/incoming/{id}", id).expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    List<String> trailActions(String id) {
        return ((List<?>) incoming(id).get("trail")).stream().map(e -> (String) ((Map<?, ?>) e).get("action")).toList();
    }

    @Test
    void RCV_REPLY_1_theLeadUnitGetsTheReplyRequest_othersAreRefusedWithTheRule() {
        String id = handledBySocialAssistance("江城市财政局关于商请提供救助资金使用情况的函");
        get("zhangwei", "/api/registry/incoming/{id}/reply", id).expectStatus().isOk().expectBody()
                .jsonPath("$.template").isEqualTo("函")
                .jsonPath("$.inReplyTo.incomingId").isEqualTo(id)
                .jsonPath("$.inReplyTo.receiptNumber").isEqualTo(receiptNumber(id))
                .jsonPath("$.inReplyTo.senderOrgan").isEqualTo("江城市财政局")
                .jsonPath("$.inReplyTo.senderNumber").isEqualTo("江财函〔2026〕5号")
                .jsonPath("$.inReplyTo.title").isEqualTo("江城市财政局关于商请提供救助资金使用情况的函");
        get("lina", "/api/registry/incoming/{id}/reply", id).expectStatus().isForbidden().expectBody()
                .jsonPath("$.rule").isEqualTo("RCV-REPLY-1");
        get("zhangwei", "/api/registry/incoming/{id}/reply", UUID.randomUUID()).expectStatus().isNotFound();
    }

    @Test
    void RCV_REPLY_2_theIssuedReplyConcludesTheIncomingDocumentOnce() {
        String id = handledBySocialAssistance("江城市财政局关于核对救助对象名单的函");
        String draftId = UUID.randomUUID().toString();
        awaitProcessed(replyStarted(draftId, id, ZHANGWEI, "秘密"));
        assertThat(trailActions(id)).endsWith("答复起草");
        assertThat(incoming(id).get("status")).isEqualTo("ASSIGNED");

        DocumentIssued issued = issuedReply(draftId, "江民函〔2026〕" + (Math.abs(draftId.hashCode()) % 900 + 1) + "号");
        distribute(issued);
        assertThat(incoming(id)).containsEntry("status", "CONCLUDED")
                .containsEntry("result", "以 " + issued.documentNumber() + " 答复")
                .containsEntry("replyDocumentId", draftId);
        distribute(issuedReply(draftId, issued.documentNumber()));
        assertThat(trailActions(id).stream().filter("办结"::equals).count()).as("document.issued again").isEqualTo(1);

        List<GongwenEvent> events = registryEvents(id, 3);
        RegistryIncomingConcluded concluded = (RegistryIncomingConcluded) events.get(2);
        assertThat(concluded.replyDocumentId()).isEqualTo(draftId);
        assertThat(concluded.concludedBy()).isEqualTo("zhangwei");
    }

    @Test
    void RCV_REPLY_2_aReplyAnnouncedAfterItsIssueStillConcludes_aReplyThatDoesNotHoldNever() {
        String late = handledBySocialAssistance("江城市财政局关于统计救助资金的函");
        String lateDraft = UUID.randomUUID().toString();
        DocumentIssued issued = issuedReply(lateDraft, "江民函〔2026〕" + (Math.abs(lateDraft.hashCode()) % 900 + 1) + "号");
        distribute(issued);
        awaitProcessed(replyStarted(lateDraft, late, ZHANGWEI, "秘密"));
        assertThat(incoming(late)).containsEntry("status", "CONCLUDED").containsEntry("replyDocumentId", lateDraft);

        String other = handledBySocialAssistance("江城市财政局关于养老补贴的函");
        String assistingDraft = UUID.randomUUID().toString();
        awaitProcessed(replyStarted(assistingDraft, other, new Person("lina", "李娜", "YLFW"), "秘密"));
        distribute(issuedReply(assistingDraft, "江民函〔2026〕" + (Math.abs(assistingDraft.hashCode()) % 900 + 1) + "号"));
        assertThat(incoming(other).get("status")).as("the 协办 unit's reply answers nothing").isEqualTo("ASSIGNED");
        assertThat(trailActions(other)).doesNotContain("答复起草");
    }

    @Test
    void CIRC_SHOW_1_theLeadUnitSeesTheAssignmentAndTheReadersInstructions() {
        String id = handledBySocialAssistance("江城市财政局关于救助资金绩效评价的函");
        String round = (String) post("qianxiao", "/api/registry/incoming/{id}/circulations",
                Map.of("order", "PARALLEL", "readers", List.of("liuyang")), id).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
        post("liuyang", "/api/registry/circulations/{id}/reading", Map.of("instruction", "请抓紧答复，注意口径。"), round)
                .expectStatus().isOk();

        get("zhangwei", "/api/registry/incoming/{id}/instructions", id).expectStatus().isOk().expectBody()
                .jsonPath("$.assignments[0].by").isEqualTo("wangqiang")
                .jsonPath("$.assignments[0].instruction").isEqualTo("请社会救助科研究后函复。")
                .jsonPath("$.readings[0].reader").isEqualTo("liuyang")
                .jsonPath("$.readings[0].instruction").isEqualTo("请抓紧答复，注意口径。")
                .jsonPath("$.readings[0].circulationId").isEqualTo(round);
        get("lina", "/api/registry/incoming/{id}/instructions", id).expectStatus().isOk();
        get("zhoushen", "/api/registry/incoming/{id}/instructions", id).expectStatus().isNotFound();
    }
}
