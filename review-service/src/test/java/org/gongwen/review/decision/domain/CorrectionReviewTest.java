package org.gongwen.review.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.review.decision.domain.DemoOrganisation.T0;
import static org.gongwen.review.decision.domain.DemoOrganisation.content;
import static org.gongwen.review.decision.domain.DemoOrganisation.person;
import static org.gongwen.review.decision.domain.DemoOrganisation.signingAt;
import static org.gongwen.review.decision.domain.DemoOrganisation.submitted;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongwen.events.Corrects;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.ReviewChainAssigned.ChainStep;
import org.gongwen.review.decision.domain.Outcomes.Issued;
import org.gongwen.review.decision.domain.Outcomes.Rejected;
import org.gongwen.review.shared.domain.ReviewDeadlines;
import org.junit.jupiter.api.Test;

/** 更正 after 签发 (条例 第二十五条) in review: to the original signer only, the same 文号 unless re-numbered. */
class CorrectionReviewTest {

    private static final Instant LATER = T0.plus(Duration.ofDays(2));
    private static final Corrects CORRECTS = new Corrects(1, "江民发〔2026〕7号", person("wangqiang"), "主送有误");

    private static Review issued() {
        Review review = submitted("zhangwei");
        for (String who : List.of("sunli", "zhaomin", "wangqiang")) {
            review = ((Outcomes.Decided) review.decide(new DecisionRequest(who, Decision.APPROVE, "同意", 1),
                    signingAt(T0.plusSeconds(60), 7))).review();
        }
        assertThat(review.issue().documentNumber()).isEqualTo("江民发〔2026〕7号");
        return review;
    }

    private static Review corrected(Review issued) {
        Submission correction = new Submission("doc-1", 2, person("zhangwei"), content("特急"), "hash-2", LATER,
                CORRECTS);
        List<ChainStep> chain = CorrectionReview.chainOf(Optional.of(issued)).orElseThrow();
        return ((Outcomes.Started) Review.receive(Optional.of(issued), correction, chain, null, LATER,
                ReviewDeadlines.DEFAULT)).review();
    }

    @Test
    void aCorrectionGoesToTheOriginalSignerOnlyInTheRoleTheySigned() {
        assertThat(CorrectionReview.chainOf(Optional.of(issued()))).contains(
                List.of(new ChainStep(1, "CHIEF", person("wangqiang"))));
        Review review = corrected(issued());
        assertThat(review.current().steps()).hasSize(1);
        assertThat(review.current().currentStep().reviewer().username()).isEqualTo("wangqiang");
        assertThat(review.issue().documentNumber()).as("the issued one stays valid meanwhile")
                .isEqualTo("江民发〔2026〕7号");
    }

    @Test
    void nothingIssuedNothingToCorrect() {
        assertThat(CorrectionReview.chainOf(Optional.empty())).isEmpty();
        assertThat(CorrectionReview.chainOf(Optional.of(submitted("zhangwei")))).isEmpty();
    }

    @Test
    void anOrdinarySubmissionAfterIssueIsStillIgnored() {
        Outcomes.SubmissionOutcome outcome = Review.receive(Optional.of(issued()), new Submission("doc-1", 2,
                person("zhangwei"), content(null), "hash-2", LATER), List.of(), null, LATER, ReviewDeadlines.DEFAULT);
        assertThat(outcome).isInstanceOf(Outcomes.SubmissionIgnored.class);
    }

    @Test
    void theSignedCorrectionKeepsTheNumberAndDateAndSaysWhatItCorrects() {
        Issued signed = (Issued) corrected(issued()).decide(
                new DecisionRequest("wangqiang", Decision.APPROVE, "同意更正", 2), signingAt(LATER, 8));
        DocumentIssued event = signed.event();
        assertThat(event.revision()).isEqualTo(2);
        assertThat(event.documentNumber()).isEqualTo("江民发〔2026〕7号");
        assertThat(event.documentDate()).isEqualTo(issued().issue().documentDate());
        assertThat(event.corrects()).isEqualTo(CORRECTS);
        assertThat(event.contentHash()).isEqualTo("hash-2");
    }

    @Test
    void theSignerMayReissueUnderAFreshNumberFromTheSameCounter() {
        Issued signed = (Issued) corrected(issued()).decide(new DecisionRequest("wangqiang", Decision.APPROVE,
                "重新编号", 2, null, null, true), signingAt(LATER, 8));
        assertThat(signed.event().documentNumber()).isEqualTo("江民发〔2026〕8号");
        assertThat(signed.event().corrects()).isEqualTo(CORRECTS);
    }

    @Test
    void aRejectedCorrectionLeavesTheIssueAndAnotherCorrectionMayFollow() {
        Review review = corrected(issued());
        Rejected rejected = (Rejected) review.decide(new DecisionRequest("wangqiang", Decision.REJECT, "不必更正", 2),
                signingAt(LATER, 8));
        assertThat(rejected.review().issue().documentNumber()).isEqualTo("江民发〔2026〕7号");
        Submission again = new Submission("doc-1", 3, person("zhangwei"), content("加急"), "hash-3", LATER,
                CORRECTS);
        assertThat(Review.receive(Optional.of(rejected.review()), again,
                CorrectionReview.chainOf(Optional.of(rejected.review())).orElseThrow(), null, LATER,
                ReviewDeadlines.DEFAULT)).isInstanceOf(Outcomes.Started.class);
    }
}
