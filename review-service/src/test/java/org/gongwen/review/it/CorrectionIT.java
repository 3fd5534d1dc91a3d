package org.gongwen.review.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongwen.events.Corrects;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.DraftSubmitted;
import org.gongwen.events.GongwenEvent;
import org.gongwen.platform.messaging.ContentHash;
import org.junit.jupiter.api.Test;

/** 更正 after 签发 (issue 18) through Kafka and HTTP on real PostgreSQL: to the signer only, same 文号. */
class CorrectionIT extends ReviewServiceIT {

    @Test
    void aCorrectionGoesToTheSignerOnlyAndIsIssuedAgainUnderTheSameNumber() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        approveUpTo(id, 1, "sunli", "zhaomin", "wangqiang");
        DocumentIssued original = (DocumentIssued) reviewEvents(id, 4).get(3);

        publish(correction(id, 2, original), UUID.randomUUID().toString());
        awaitRound(id, 2);
        get("wangqiang", "/api/reviews/inbox").expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.documentId == '" + id + "')].correction").isEqualTo(List.of(true));
        // the chain of a correction is the signer alone: nobody below is asked again
        decide("sunli", id, "APPROVE", "同意", 2).expectStatus().isForbidden();
        decide("wangqiang", id, "APPROVE", "同意更正", 2).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ISSUED")
                .jsonPath("$.documentNumber").isEqualTo(original.documentNumber());

        List<GongwenEvent> events = reviewEvents(id, 6);
        DocumentIssued corrected = (DocumentIssued) events.get(5);
        assertThat(corrected.revision()).isEqualTo(2);
        assertThat(corrected.documentNumber()).isEqualTo(original.documentNumber());
        assertThat(corrected.documentDate()).isEqualTo(original.documentDate());
        assertThat(corrected.corrects()).isEqualTo(new Corrects(1, original.documentNumber(), original.signer(),
                "抄送漏列市财政局"));
        assertThat(corrected.content().copyRecipients()).containsExactly("市财政局");
    }

    @Test
    void theSignerMayReissueUnderAFreshNumberAndARejectedCorrectionLeavesTheIssue() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        approveUpTo(id, 1, "sunli", "zhaomin", "wangqiang");
        DocumentIssued original = (DocumentIssued) reviewEvents(id, 4).get(3);

        publish(correction(id, 2, original), UUID.randomUUID().toString());
        awaitRound(id, 2);
        decide("wangqiang", id, "REJECT", "无需更正", 2).expectStatus().isOk();
        get("zhoushen", "/api/reviews/{id}", id).expectStatus().isOk().expectBody()
                .jsonPath("$.documentNumber").isEqualTo(original.documentNumber());

        publish(correction(id, 3, original), UUID.randomUUID().toString());
        awaitRound(id, 3);
        decideRaw("wangqiang", id, Map.of("decision", "APPROVE", "opinion", "重新编号", "revision", 3,
                "renumber", true)).expectStatus().isOk();
        DocumentIssued renumbered = (DocumentIssued) reviewEvents(id, 8).get(7);
        assertThat(renumbered.documentNumber()).isNotEqualTo(original.documentNumber())
                .startsWith(original.documentNumber().substring(0, 8));
        assertThat(renumbered.corrects().documentNumber()).isEqualTo(original.documentNumber());
    }

    private static DraftSubmitted correction(String id, int revision, DocumentIssued original) {
        DocumentContent c = original.content();
        DocumentContent changed = new DocumentContent(c.docType(), c.title(), c.mainRecipients(), List.of("市财政局"),
                c.body(), c.urgency(), c.classification(), c.classificationPeriodYears(), c.direction(),
                c.attachments(), c.remarks());
        return new DraftSubmitted(id, revision, original.drafter(), changed, ContentHash.of(changed),
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                new Corrects(1, original.documentNumber(), original.signer(), "抄送漏列市财政局"));
    }
}
