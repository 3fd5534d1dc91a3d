package org.gongwen.drafting.draft.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.drafting.draft.domain.Samples.T0;
import static org.gongwen.drafting.draft.domain.Samples.ZHANGWEI;
import static org.gongwen.drafting.draft.domain.Samples.accepted;
import static org.gongwen.drafting.draft.domain.Samples.refusal;
import static org.gongwen.drafting.draft.domain.Samples.request;

import java.util.List;
import java.util.UUID;

import org.gongwen.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

/** 答复 (issue 17): a draft started as the reply to a 收文 keeps the link for its whole life. */
class ReplyToTest {

    private static final ReplyTo LINK = new ReplyTo(UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
            "收〔2026〕12号");

    @Test
    void draftReply1_aReplyKeepsTheReceiptNumberOfWhatItAnswersThroughEverySave() {
        Draft draft = accepted(Draft.create(UUID.randomUUID(), request(), ZHANGWEI, LINK, T0));
        assertThat(draft.inReplyTo()).isEqualTo(LINK);
        Draft saved = accepted(draft.edit(Samples.withTitle(request(), "江城市民政局关于申请经费的请示"), ZHANGWEI, 1L,
                T0.plusSeconds(60)));
        assertThat(saved.inReplyTo()).as("the link is not part of what a save changes").isEqualTo(LINK);
        assertThat(accepted(Draft.create(UUID.randomUUID(), request(), ZHANGWEI, T0)).inReplyTo()).isNull();
    }

    @Test
    void draftReply1_aLinkWithoutAUsableReceiptNumberIsRefusedAndNothingIsSaved() {
        for (String bad : new String[] {"", "  ", "收\u0007〔2026〕12号", "收".repeat(ReplyTo.RECEIPT_NUMBER_MAX + 1)}) {
            List<RuleViolation> found = refusal(Draft.create(UUID.randomUUID(), request(), ZHANGWEI,
                    new ReplyTo(LINK.incomingId(), bad), T0)).violations();
            assertThat(found).extracting(RuleViolation::rule).as(bad).containsExactly("DRAFT-REPLY-1");
            assertThat(found).extracting(RuleViolation::field).containsExactly("inReplyTo.receiptNumber");
        }
        assertThat(new ReplyTo(LINK.incomingId(), "收".repeat(ReplyTo.RECEIPT_NUMBER_MAX)).violations()).isEmpty();
    }
}
