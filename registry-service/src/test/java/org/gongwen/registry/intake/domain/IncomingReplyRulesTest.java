package org.gongwen.registry.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.registry.intake.domain.IncomingDocumentRulesTest.LINA;
import static org.gongwen.registry.intake.domain.IncomingDocumentRulesTest.NOW;
import static org.gongwen.registry.intake.domain.IncomingDocumentRulesTest.OFFICE;
import static org.gongwen.registry.intake.domain.IncomingDocumentRulesTest.QIANXIAO;
import static org.gongwen.registry.intake.domain.IncomingDocumentRulesTest.TODAY;
import static org.gongwen.registry.intake.domain.IncomingDocumentRulesTest.WANGQIANG;
import static org.gongwen.registry.intake.domain.IncomingDocumentRulesTest.ZHANGWEI;
import static org.gongwen.registry.intake.domain.IncomingDocumentRulesTest.assigned;
import static org.gongwen.registry.intake.domain.IncomingDocumentRulesTest.form;
import static org.gongwen.registry.intake.domain.IncomingDocumentRulesTest.proposed;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.done;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.refusal;

import java.util.Set;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.kernel.Refusal;
import org.gongwen.registry.intake.domain.IncomingDocument.Status;
import org.gongwen.registry.intake.domain.IncomingDocument.TrailEntry;
import org.gongwen.registry.intake.domain.IntakeEvents.IncomingConcluded;
import org.gongwen.registry.shared.domain.Outcome;
import org.gongwen.registry.shared.domain.Person;
import org.junit.jupiter.api.Test;

/** 答复 (issue 17): the reply to a 收文 and the 办结 it brings, and who sees the 批示 (RCV-REPLY-1..2, CIRC-SHOW-1). */
class IncomingReplyRulesTest {

    static final UUID DRAFT = UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    static final String TITLE = "江城市民政局关于报送2027年度预算建议的复函";

    static IncomingDocument handled(String marking) {
        return assigned(form(marking, null), TODAY.plusDays(7));
    }

    @Test
    void RCV_REPLY_1_aPersonOfTheLeadUnitStartsTheReplyWhileItIsHandled_andItIsInTheTrail() {
        IncomingDocument document = handled(null);
        assertThat(document.mayStartReply(ZHANGWEI)).isNull();

        IncomingDocument recorded = done(document.recordReplyDraft(ZHANGWEI, DRAFT, TITLE, NOW));

        assertThat(recorded.status()).as("still with the 主办 unit").isEqualTo(Status.ASSIGNED);
        assertThat(recorded.trail().get(recorded.trail().size() - 1)).isEqualTo(new TrailEntry("答复起草", "zhangwei",
                "SHJZ", NOW, TITLE + "（公文 " + DRAFT + "）"));
    }

    @Test
    void RCV_REPLY_1_notTheLeadUnit_notCleared_orNotBeingHandled_isRefusedWithTheRule() {
        Refusal assisting = refusal(handled(null).recordReplyDraft(LINA, DRAFT, TITLE, NOW));
        assertThat(assisting.code()).as("协办 unit").isEqualTo("incoming-reply-not-lead-unit");
        assertThat(assisting.rule()).isEqualTo("RCV-REPLY-1");
        assertThat(assisting.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);

        Person uncleared = new Person("zhangwei", "张伟", "SHJZ", Set.of("CLERK"), Classification.非密);
        assertThat(refusal(handled("秘密").recordReplyDraft(uncleared, DRAFT, TITLE, NOW)).code())
                .isEqualTo("incoming-clearance");

        Refusal early = refusal(proposed(form(null, null)).recordReplyDraft(ZHANGWEI, DRAFT, TITLE, NOW));
        assertThat(early.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(early.rule()).isEqualTo("RCV-REPLY-1");
        IncomingDocument concluded = done(handled(null).conclude(ZHANGWEI, "已电话答复。", null, NOW));
        assertThat(concluded.mayStartReply(ZHANGWEI)).extracting(Refusal::code).isEqualTo("incoming-wrong-step");
    }

    @Test
    void RCV_REPLY_2_theIssuedReplyConcludesTheIncomingDocumentWithItsNumber() {
        IncomingDocument recorded = done(handled(null).recordReplyDraft(ZHANGWEI, DRAFT, TITLE, NOW));

        Outcome<IncomingDocument> outcome = recorded.concludeByReply(DRAFT, "江民函〔2026〕3号", "zhangwei", "SHJZ",
                NOW.plusSeconds(3600));

        IncomingDocument concluded = done(outcome);
        assertThat(concluded.status()).isEqualTo(Status.CONCLUDED);
        assertThat(concluded.result()).isEqualTo("以 江民函〔2026〕3号 答复");
        assertThat(concluded.replyDocumentId()).isEqualTo(DRAFT);
        assertThat(concluded.trail().get(concluded.trail().size() - 1).action()).isEqualTo("办结");
        assertThat(((Outcome.Done<IncomingDocument>) outcome).events()).containsExactly(new IncomingConcluded(
                concluded.id(), "以 江民函〔2026〕3号 答复", DRAFT, "zhangwei", NOW.plusSeconds(3600)));
    }

    @Test
    void RCV_REPLY_2_onlyWhileHandled_aConcludedIncomingDocumentStaysAsItWas() {
        IncomingDocument byHand = done(handled(null).conclude(ZHANGWEI, "已电话答复。", null, NOW));
        assertThat(refusal(byHand.concludeByReply(DRAFT, "江民函〔2026〕3号", "zhangwei", "SHJZ", NOW)).code())
                .isEqualTo("incoming-wrong-step");
        IncomingDocument once = done(handled(null).concludeByReply(DRAFT, "江民函〔2026〕3号", "zhangwei", "SHJZ", NOW));
        assertThat(refusal(once.concludeByReply(DRAFT, "江民函〔2026〕3号", "zhangwei", "SHJZ", NOW)).kind())
                .as("the same document.issued again changes nothing").isEqualTo(Refusal.Kind.CONFLICT);
    }

    @Test
    void CIRC_SHOW_1_theOfficeLeadersAndTheHandlingUnitsSeeTheInstructions_withinTheirClearance() {
        IncomingDocument open = handled(null);
        assertThat(open.readableBy(ZHANGWEI, OFFICE)).as("主办").isTrue();
        assertThat(open.readableBy(LINA, OFFICE)).as("协办").isTrue();
        assertThat(open.readableBy(QIANXIAO, OFFICE)).as("office").isTrue();
        assertThat(open.readableBy(WANGQIANG, OFFICE)).as("leader").isTrue();
        Person archivist = new Person("zhoushen", "周慎", "DAS", Set.of("AUDITOR"), Classification.机密);
        assertThat(open.readableBy(archivist, OFFICE)).as("a unit that does not handle it").isFalse();
        Person uncleared = new Person("zhangwei", "张伟", "SHJZ", Set.of("CLERK"), Classification.非密);
        assertThat(handled("秘密").readableBy(uncleared, OFFICE)).as("above the clearance").isFalse();
        assertThat(handled("秘密").readableBy(ZHANGWEI, OFFICE)).isTrue();
    }
}
