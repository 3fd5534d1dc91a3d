package org.gongwen.review.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.review.decision.domain.DemoOrganisation.T0;
import static org.gongwen.review.decision.domain.DemoOrganisation.signingAt;
import static org.gongwen.review.decision.domain.DemoOrganisation.submitted;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.gongwen.events.DocumentIssued;
import org.gongwen.events.TrailEntry;
import org.gongwen.review.decision.domain.Outcomes.Decided;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.decision.domain.Outcomes.Issued;
import org.gongwen.review.decision.domain.Outcomes.Noted;
import org.gongwen.review.decision.domain.Outcomes.Refused;
import org.gongwen.review.decision.domain.Outcomes.Reopened;
import org.gongwen.review.delegation.domain.Delegating;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.kernel.Refusal;
import org.gongwen.review.shared.domain.ReviewDeadlines;
import org.junit.jupiter.api.Test;

/** 退回 to any earlier level (REVIEW-RETURN-1), 撤回 (REVIEW-RECALL-1), content binding, 委派/转办 (REVIEW-DELEGATE-*). */
class ReviewReopeningAndDelegationTest {

    private static final Instant LATER = T0.plus(Duration.ofHours(1));

    private static DecisionOutcome decide(Review review, DecisionRequest request) {
        return review.decide(request, signingAt(LATER, 7));
    }

    private static Review approve(Review review, String who) {
        return ((Decided) decide(review, new DecisionRequest(who, Decision.APPROVE, "同意", review.revision())))
                .review();
    }

    private static Refusal refusal(DecisionOutcome outcome) {
        assertThat(outcome).isInstanceOf(Refused.class);
        return ((Refused) outcome).refusal();
    }

    private static Review atLevel3() {
        return approve(approve(submitted("zhangwei"), "sunli"), "zhaomin");
    }

    @Test
    void returnToLevel1FromLevel3ReopensLevel1AndItsReviewerMustDecideAgain() {
        Reopened reopened = (Reopened) decide(atLevel3(), new DecisionRequest("wangqiang", Decision.RETURN,
                "请分管主任再核数据", 1, null, 1));
        Round round = reopened.review().current();
        assertThat(round.status()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(round.currentLevel()).isEqualTo(1);
        assertThat(round.step(1).orElseThrow().decided()).isFalse();
        assertThat(round.step(1).orElseThrow().assignedAt()).isEqualTo(LATER);
        assertThat(round.step(2).orElseThrow().decided()).isFalse();
        assertThat(round.step(2).orElseThrow().assignedAt()).isNull();
        assertThat(reopened.event().fromLevel()).isEqualTo(3);
        assertThat(reopened.event().toLevel()).isEqualTo(1);
        assertThat(reopened.event().action()).isEqualTo("SENT_BACK");
        // the same three people approve again and the trail keeps both passes
        Review again = approve(approve(reopened.review(), "sunli"), "zhaomin");
        Issued issued = (Issued) decide(again, new DecisionRequest("wangqiang", Decision.APPROVE, "同意", 1));
        assertThat(issued.event().trail()).extracting(TrailEntry::action).containsExactly("SUBMITTED", "APPROVED",
                "APPROVED", "SENT_BACK", "APPROVED", "APPROVED", "SIGNED");
    }

    @Test
    void returnGoesOnlyToAnEarlierLevelThatApproved() {
        Review review = approve(submitted("zhangwei"), "sunli");
        Refusal sameLevel = refusal(decide(review, new DecisionRequest("zhaomin", Decision.RETURN, "不妥", 1, null, 2)));
        assertThat(sameLevel.rule()).isEqualTo("REVIEW-RETURN-1");
        assertThat(refusal(decide(review, new DecisionRequest("zhaomin", Decision.RETURN, "不妥", 1, null, 5))).code())
                .isEqualTo("invalid-return-level");
        assertThat(decide(review, new DecisionRequest("zhaomin", Decision.RETURN, "不妥", 1, null, 0)))
                .isInstanceOf(Outcomes.Returned.class);
    }

    @Test
    void aDecisionBindsTheContentHashTheReviewerSaw() {
        Refusal changed = refusal(decide(submitted("zhangwei"), new DecisionRequest("sunli", Decision.APPROVE, "同意", 1,
                "hash-of-something-else", null)));
        assertThat(changed.code()).isEqualTo("content-changed");
        assertThat(decide(submitted("zhangwei"), new DecisionRequest("sunli", Decision.APPROVE, "同意", 1, "hash-1",
                null))).isInstanceOf(Outcomes.Advanced.class);
    }

    @Test
    void thePreviousApproverRecallsBeforeTheNextReviewerActs() {
        Review review = approve(submitted("zhangwei"), "sunli");
        Reopened recalled = (Reopened) review.recall("sunli", 1, signingAt(LATER, 7));
        assertThat(recalled.review().current().currentLevel()).isEqualTo(1);
        assertThat(recalled.event().action()).isEqualTo("RECALLED");
        assertThat(refusal(review.recall("zhaomin", 1, signingAt(LATER, 7))).code()).isEqualTo("not-recallable");
        Review next = approve(review, "zhaomin");
        assertThat(refusal(next.recall("sunli", 1, signingAt(LATER, 7))).code()).isEqualTo("not-recallable");
    }

    @Test
    void aDelegateDecidesForTheOwnerAndTheTrailSaysXDaiY() {
        Review review = atLevel3();
        OrganisationChart.Member liuyang = new OrganisationChart.Member("liuyang", "刘洋", "JLD", "CHIEF", "绝密");
        Noted delegated = (Noted) Delegating.delegate(review, "wangqiang", 1, "DELEGATE", liuyang,
                LATER.plus(Duration.ofDays(3)), "出差", LATER);
        Issued issued = (Issued) decide(delegated.review(), new DecisionRequest("liuyang", Decision.APPROVE, "同意", 1));
        DocumentIssued event = issued.event();
        TrailEntry signed = event.trail().get(event.trail().size() - 1);
        assertThat(signed.action()).isEqualTo("SIGNED");
        assertThat(signed.actor().username()).isEqualTo("liuyang");
        assertThat(signed.onBehalfOf()).isEqualTo("wangqiang");
        assertThat(signed.onBehalfOfName()).isEqualTo("王强");
        assertThat(event.trail()).extracting(TrailEntry::action).contains("DELEGATED");
    }

    @Test
    void aDelegationEndsAtItsTimeAndThenTheDelegateMayNoLongerDecide() {
        OrganisationChart.Member liuyang = new OrganisationChart.Member("liuyang", "刘洋", "JLD", "CHIEF", "绝密");
        Review delegated = ((Noted) Delegating.delegate(atLevel3(), "wangqiang", 1, "DELEGATE", liuyang,
                T0.plus(Duration.ofMinutes(30)), null, T0)).review();
        assertThat(refusal(decide(delegated, new DecisionRequest("liuyang", Decision.APPROVE, "同意", 1))).kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void aTransferLetsOnlyTheNewHolderDecideInTheirOwnName() {
        OrganisationChart.Member liuyang = new OrganisationChart.Member("liuyang", "刘洋", "JLD", "CHIEF", "绝密");
        Review transferred = ((Noted) Delegating.delegate(atLevel3(), "wangqiang", 1, "TRANSFER", liuyang,
                LATER.plus(Duration.ofDays(1)), null, LATER)).review();
        assertThat(refusal(decide(transferred, new DecisionRequest("wangqiang", Decision.APPROVE, "同意", 1))).kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        Issued issued = (Issued) decide(transferred, new DecisionRequest("liuyang", Decision.APPROVE, "同意", 1));
        assertThat(issued.event().trail().get(issued.event().trail().size() - 1).onBehalfOf()).isNull();
    }

    @Test
    void delegationGoesOnlyToTheSameOrHigherRankWithEnoughClearanceForALimitedTime() {
        Review review = atLevel3();
        OrganisationChart.Member director = new OrganisationChart.Member("zhaomin", "赵敏", "BGS", "DIRECTOR", "机密");
        assertThat(refusal(Delegating.delegate(review, "wangqiang", 1, "DELEGATE", director,
                LATER.plus(Duration.ofDays(1)), null, LATER)).rule()).isEqualTo("REVIEW-DELEGATE-1");
        OrganisationChart.Member lowClearance = new OrganisationChart.Member("x", "某", "JLD", "CHIEF", "秘密");
        Review secret = atLevel3Classified();
        assertThat(refusal(Delegating.delegate(secret, "wangqiang", 1, "DELEGATE", lowClearance,
                LATER.plus(Duration.ofDays(1)), null, LATER)).rule()).isEqualTo("REVIEW-DELEGATE-2");
        OrganisationChart.Member liuyang = new OrganisationChart.Member("liuyang", "刘洋", "JLD", "CHIEF", "绝密");
        assertThat(refusal(Delegating.delegate(review, "wangqiang", 1, "DELEGATE", liuyang,
                LATER.plus(Duration.ofDays(31)), null, LATER)).rule()).isEqualTo("REVIEW-DELEGATE-3");
    }

    @Test
    void aLeaderOnLeaveIsStoodInForByTheirActingDeputy() {
        Signing withActing = new Signing(LATER, ReviewDeadlines.DEFAULT, "江民发", (c, y) -> 9,
                Map.of("wangqiang", DemoOrganisation.person("liuyang")), DemoOrganisation.CHART,
                SigningRules.CHIEF_SIGNS_ALL);
        Issued issued = (Issued) atLevel3().decide(new DecisionRequest("liuyang", Decision.APPROVE, "同意", 1),
                withActing);
        assertThat(issued.event().trail().get(issued.event().trail().size() - 1).onBehalfOf()).isEqualTo("wangqiang");
    }

    private static Review atLevel3Classified() {
        Review review = atLevel3();
        Round round = review.current();
        var content = round.content();
        var classified = new org.gongwen.events.DocumentContent(content.docType(), content.title(),
                content.mainRecipients(), content.copyRecipients(), content.body(), content.urgency(), "机密", 10,
                content.direction(), content.attachments(), content.remarks());
        return review.withCurrent(new Round(round.revision(), classified, round.contentHash(), round.submittedAt(),
                round.status(), round.currentLevel(), round.steps(), round.acts()));
    }
}
