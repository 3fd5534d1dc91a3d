package org.gongwen.review.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.review.decision.domain.DemoOrganisation.T0;
import static org.gongwen.review.decision.domain.DemoOrganisation.signingAt;
import static org.gongwen.review.decision.domain.DemoOrganisation.submitted;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.gongwen.events.DocumentIssued;
import org.gongwen.events.TrailEntry;
import org.gongwen.review.decision.domain.Outcomes.Advanced;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.decision.domain.Outcomes.Issued;
import org.gongwen.review.decision.domain.Outcomes.Refused;
import org.gongwen.review.decision.domain.Outcomes.Rejected;
import org.gongwen.review.decision.domain.Outcomes.Returned;
import org.gongwen.kernel.Refusal;
import org.junit.jupiter.api.Test;

class ReviewDecisionTest {

    private static final Instant LATER = T0.plus(Duration.ofHours(1));

    private static DecisionOutcome decide(Review review, String who, Decision decision, String opinion, int revision) {
        return review.decide(new DecisionRequest(who, decision, opinion, revision), signingAt(LATER, 7));
    }

    private static Review approved(Review review, String who) {
        return ((Outcomes.Decided) decide(review, who, Decision.APPROVE, "同意", review.revision())).review();
    }

    private static Refusal refusal(DecisionOutcome outcome) {
        assertThat(outcome).isInstanceOf(Refused.class);
        return ((Refused) outcome).refusal();
    }

    @Test
    void onlyTheCurrentReviewerDecides() {
        Review review = submitted("zhangwei");
        assertThat(refusal(decide(review, "zhaomin", Decision.APPROVE, "同意", 1)).kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refusal(decide(review, "qianxiao", Decision.APPROVE, "同意", 1)).kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(decide(review, "sunli", Decision.APPROVE, "同意", 1)).isInstanceOf(Advanced.class);
    }

    @Test
    void theDrafterNeverApprovesTheirOwnDraft() {
        Refusal refusal = refusal(decide(submitted("zhangwei"), "zhangwei", Decision.APPROVE, "同意", 1));
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refusal.code()).isEqualTo("own-draft");
    }

    @Test
    void approvingMovesToTheNextLevelAndStartsItsClock() {
        Advanced advanced = (Advanced) decide(submitted("zhangwei"), "sunli", Decision.APPROVE, "同意", 1);
        Round round = advanced.review().current();
        assertThat(round.currentLevel()).isEqualTo(2);
        assertThat(round.currentStep().assignedAt()).isEqualTo(LATER);
        assertThat(round.currentStep().dueAt()).isEqualTo(LATER.plus(Duration.ofHours(72)));
        assertThat(advanced.event().level()).isEqualTo(1);
        assertThat(advanced.event().reviewer().username()).isEqualTo("sunli");
    }

    @Test
    void returnAndRejectNeedAnOpinionButApproveStandsWithout() {
        Review review = submitted("zhangwei");
        Refusal refusal = refusal(decide(review, "sunli", Decision.RETURN, "  ", 1));
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.RULE_VIOLATION);
        assertThat(refusal.rule()).isEqualTo("REVIEW-OPINION-1");
        assertThat(refusal.violations().get(0).field()).isEqualTo("opinion");
        assertThat(refusal(decide(review, "sunli", Decision.REJECT, null, 1)).rule()).isEqualTo("REVIEW-OPINION-1");
        assertThat(decide(review, "sunli", Decision.APPROVE, "同意", 1)).isInstanceOf(Advanced.class);
        assertThat(decide(review, "sunli", Decision.APPROVE, null, 1)).isInstanceOf(Advanced.class);
    }

    @Test
    void aStaleRevisionIsAConflict() {
        Refusal refusal = refusal(decide(submitted("zhangwei"), "sunli", Decision.APPROVE, "同意", 0));
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal.code()).isEqualTo("stale-revision");
    }

    @Test
    void aStepAlreadyDecidedIsAConflict() {
        Review review = approved(submitted("zhangwei"), "sunli");
        Refusal refusal = refusal(decide(review, "sunli", Decision.APPROVE, "同意", 1));
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal.code()).isEqualTo("step-decided");
    }

    @Test
    void returnEndsTheRoundAsReturnedAndNothingMoreCanBeDecided() {
        Returned returned = (Returned) decide(submitted("zhangwei"), "sunli", Decision.RETURN, "请补充数据", 1);
        assertThat(returned.review().status()).isEqualTo(ReviewStatus.RETURNED);
        assertThat(returned.event().opinion()).isEqualTo("请补充数据");
        assertThat(refusal(decide(returned.review(), "sunli", Decision.APPROVE, "同意", 1)).code())
                .isEqualTo("not-in-review");
    }

    @Test
    void rejectEndsTheReviewForGood() {
        Rejected rejected = (Rejected) decide(submitted("lina"), "zhaomin", Decision.REJECT, "不符合发文要求", 1);
        assertThat(rejected.review().status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(rejected.event().level()).isEqualTo(1);
    }

    @Test
    void theLastApprovalSignsWithANumberTheDateInShanghaiAndTheWholeTrail() {
        Review review = approved(approved(submitted("zhangwei"), "sunli"), "zhaomin");
        // 2026-12-31T17:00Z is already 2027-01-01 in Shanghai: year and 成文日期 follow the Shanghai calendar
        Instant newYearInShanghai = Instant.parse("2026-12-31T17:00:00Z");
        Issued issued = (Issued) review.decide(new DecisionRequest("wangqiang", Decision.APPROVE, "同意", 1),
                signingAt(newYearInShanghai, 1));
        DocumentIssued event = issued.event();
        assertThat(event.documentNumber()).isEqualTo("江民发〔2027〕1号");
        assertThat(event.documentDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(event.signer().username()).isEqualTo("wangqiang");
        assertThat(event.drafter().username()).isEqualTo("zhangwei");
        assertThat(issued.review().status()).isEqualTo(ReviewStatus.ISSUED);
        assertThat(event.trail()).extracting(TrailEntry::action)
                .containsExactly("SUBMITTED", "APPROVED", "APPROVED", "SIGNED");
        assertThat(event.trail().get(0).role()).isNull();
        assertThat(event.trail().get(0).level()).isNull();
        assertThat(event.trail().get(3).level()).isEqualTo(3);
        assertThat(event.trail()).allSatisfy(e -> assertThat(e.contentHash()).isEqualTo("hash-1"));
    }
}
