package org.gongwen.drafting.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongwen.events.DraftReplyStarted;
import org.gongwen.events.EventType;
import org.gongwen.events.Person;
import org.gongwen.events.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * 答复 (issue 17): {@code POST /api/drafts} with {@code inReplyTo} starts the reply to a 收文 from its skeleton, keeps
 * the link (DRAFT-REPLY-1) and announces it on gongwen.drafting in the creating transaction.
 */
class ReplyDraftIT extends DraftingServiceIT {

    static Map<String, Object> replyTo(String incomingId) {
        return Map.of("incomingId", incomingId, "receiptNumber", "收〔2026〕12号", "senderOrgan", "江城市财政局",
                "senderNumber", "江财函〔2026〕5号", "title", "江城市财政局关于商请提供2026年社会救助资金使用情况的函");
    }

    @Test
    void draftReply2_aReplyStartsFromTheSkeletonAsAFuHanToTheSenderAndPassesTheFormatCheck() {
        String incomingId = UUID.randomUUID().toString();
        Map<String, Object> draft = post("zhangwei", "/api/drafts", Map.of("inReplyTo", replyTo(incomingId)))
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        assertThat(draft).containsEntry("docType", "函").containsEntry("direction", "平行")
                .containsEntry("title", "江城市民政局关于商请提供2026年社会救助资金使用情况的复函")
                .containsEntry("mainRecipients", List.of("江城市财政局"))
                .containsEntry("inReplyTo", Map.of("incomingId", incomingId, "receiptNumber", "收〔2026〕12号"));
        String id = (String) draft.get("id");
        assertThat(read("zhangwei", id).get("inReplyTo")).isEqualTo(draft.get("inReplyTo"));
        post("zhangwei", "/api/drafts/" + id + "/check", null).expectStatus().isOk().expectBody()
                .jsonPath("$.violations.length()").isEqualTo(0);

        DraftReplyStarted event = codec.decode(records(Topics.DRAFTING, id,
                        EventType.DRAFT_REPLY_STARTED.typeName(), 1).get(0), EventType.DRAFT_REPLY_STARTED)
                .payloadAs(DraftReplyStarted.class);
        assertThat(event.revision()).isZero();
        assertThat(event.drafter()).isEqualTo(new Person("zhangwei", "张伟", "SHJZ"));
        assertThat(event.drafterClearance()).isEqualTo("秘密");
        assertThat(event.inReplyTo()).isEqualTo(new DraftReplyStarted.InReplyTo(incomingId, "收〔2026〕12号"));
        assertThat(event.title()).isEqualTo("江城市民政局关于商请提供2026年社会救助资金使用情况的复函");
    }

    @Test
    void draftReply1_whatTheRequestGivesIsWrittenOverTheSkeletonAndAPlainDraftHasNoLink() {
        Map<String, Object> request = with(with(request(), "inReplyTo", replyTo(UUID.randomUUID().toString())),
                "docType", null);
        request.put("template", "批复");
        request.remove("title");
        request.remove("mainRecipients");
        request.remove("direction");
        request.remove("body");
        request.remove("remarks");
        Map<String, Object> draft = post("zhangwei", "/api/drafts", request).expectStatus().isCreated()
                .expectBody(JSON).returnResult().getResponseBody();
        assertThat(draft).containsEntry("docType", "批复").containsEntry("direction", "下行")
                .containsEntry("title", "江城市民政局关于商请提供2026年社会救助资金使用情况的批复");

        String plain = create("zhangwei", request());
        assertThat(read("zhangwei", plain).get("inReplyTo")).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE message_key = ? AND event_type = ?")
                .params(plain, EventType.DRAFT_REPLY_STARTED.typeName()).query(Long.class).single())
                .as("an ordinary draft announces no reply").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE message_key = ? AND event_type = ?")
                .params((String) draft.get("id"), EventType.DRAFT_REPLY_STARTED.typeName()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void draftReply1_aLinkWithoutA收文IdOrReceiptNumberIs400AndNothingIsSaved() {
        long before = draftRows();
        post("zhangwei", "/api/drafts", Map.of("inReplyTo", Map.of("incomingId", "收文", "receiptNumber", "收〔2026〕1号")))
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.violations[0].rule").isEqualTo("DRAFT-REPLY-1")
                .jsonPath("$.violations[0].field").isEqualTo("inReplyTo.incomingId");
        post("zhangwei", "/api/drafts", Map.of("inReplyTo", Map.of("incomingId", UUID.randomUUID().toString(),
                        "receiptNumber", " ")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.violations[0].rule").isEqualTo("DRAFT-REPLY-1")
                .jsonPath("$.violations[0].field").isEqualTo("inReplyTo.receiptNumber");
        assertThat(draftRows()).isEqualTo(before);
    }
}
