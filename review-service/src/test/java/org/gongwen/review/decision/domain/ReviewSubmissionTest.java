package org.gongwen.review.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.review.decision.domain.DemoOrganisation.T0;
import static org.gongwen.review.decision.domain.DemoOrganisation.chainOf;
import static org.gongwen.review.decision.domain.DemoOrganisation.signingAt;
import static org.gongwen.review.decision.domain.DemoOrganisation.started;
import static org.gongwen.review.decision.domain.DemoOrganisation.submission;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.TrailEntry;
import org.gongwen.review.decision.domain.Outcomes.Issued;
import org.gongwen.review.decision.domain.Outcomes.Returned;
import org.gongwen.review.decision.domain.Outcomes.SubmissionIgnored;
import org.gongwen.review.decision.domain.Outcomes.WithdrawalIgnored;
import org.gongwen.review.decision.domain.Outcomes.Withdrawn;
import org.gongwen.review.shared.domain.ReviewDeadlines;
import org.junit.jupiter.api.Test;

class ReviewSubmissionTest {

    private static Review returnedByZhaomin() {
        Review review = started(Optional.empty(), submission("doc-1", 1, "zhangwei", "加急"));
        review = ((Outcomes.Decided) review.decide(new DecisionRequest("sunli", Decision.APPROVE, "同意", 1),
                signingAt(T0, 1))).review();
        return ((Returned) review.decide(new DecisionRequest("zhaomin", Decision.RETURN, "请修改", 1),
                signingAt(T0, 1))).review();
    }

    @Test
    void aSubmissionAssignsLevelOneWithItsDueTime() {
        Review review = started(Optional.empty(), submission("doc-1", 1, "zhangwei", "特急"));
        Step first = review.current().currentStep();
        assertThat(first.reviewer().username()).isEqualTo("sunli");
        assertThat(first.dueAt()).isEqualTo(T0.plus(Duration.ofHours(4)));
        assertThat(review.current().step(2).orElseThrow().assignedAt()).as("later levels wait their turn").isNull();
    }

    @Test
    void aResubmissionRestartsAtLevelOneAndKeepsTheEarlierRevisionAsHistory() {
        Review again = started(Optional.of(returnedByZhaomin()), submission("doc-1", 2, "zhangwei", "加急"));
        assertThat(again.revision()).isEqualTo(2);
        assertThat(again.current().currentLevel()).isEqualTo(1);
        assertThat(again.current().currentStep().reviewer().username()).isEqualTo("sunli");
        assertThat(again.rounds()).hasSize(2);
        assertThat(again.rounds().get(0).status()).isEqualTo(ReviewStatus.RETURNED);
    }

    @Test
    void aSubmissionNotNewerThanTheStoredRevisionIsIgnored() {
        Review stored = returnedByZhaomin();
        assertThat(Review.receive(Optional.of(stored), submission("doc-1", 1, "zhangwei", null), chainOf("zhangwei"),
                null, T0, ReviewDeadlines.DEFAULT)).isInstanceOf(SubmissionIgnored.class);
    }

    @Test
    void theTrailOfAResubmittedDocumentCoversEveryRevisionInOrder() {
        Review review = started(Optional.of(returnedByZhaomin()), submission("doc-1", 2, "zhangwei", null));
        for (String reviewer : new String[]{"sunli", "zhaomin"}) {
            review = ((Outcomes.Decided) review.decide(new DecisionRequest(reviewer, Decision.APPROVE, "同意", 2),
                    signingAt(T0, 1))).review();
        }
        Issued issued = (Issued) review.decide(new DecisionRequest("wangqiang", Decision.APPROVE, "同意", 2),
                signingAt(T0, 1));
        assertThat(issued.event().trail()).extracting(e -> e.action() + "@" + e.contentHash())
                .containsExactly("SUBMITTED@hash-1", "APPROVED@hash-1", "RETURNED@hash-1",
                        "SUBMITTED@hash-2", "APPROVED@hash-2", "APPROVED@hash-2", "SIGNED@hash-2");
        assertThat(issued.event().trail()).filteredOn(e -> "RETURNED".equals(e.action()))
                .extracting(TrailEntry::opinion).containsExactly("请修改");
    }

    @Test
    void withdrawingBeforeAnyDecisionTakesTheRevisionOutOfReview() {
        Review review = started(Optional.empty(), submission("doc-1", 1, "zhangwei", null));
        Withdrawn withdrawn = (Withdrawn) review.withdraw(1);
        assertThat(withdrawn.review().status()).isEqualTo(ReviewStatus.WITHDRAWN);
        assertThat(withdrawn.review().decide(new DecisionRequest("sunli", Decision.APPROVE, "同意", 1), signingAt(T0, 1)))
                .isInstanceOf(Outcomes.Refused.class);
    }

    @Test
    void aWithdrawalAfterAReviewerDecidedIsIgnored() {
        assertThat(returnedByZhaomin().withdraw(1)).isInstanceOf(WithdrawalIgnored.class);
        Review approvedOnce = ((Outcomes.Decided) started(Optional.empty(), submission("doc-1", 1, "zhangwei", null))
                .decide(new DecisionRequest("sunli", Decision.APPROVE, null, 1), signingAt(T0, 1))).review();
        assertThat(approvedOnce.withdraw(1)).isInstanceOf(WithdrawalIgnored.class);
    }

    @Test
    void theDrafterAndEveryoneInAnyChainAndTheAuditorMayRead() {
        Review review = returnedByZhaomin();
        assertThat(review.readableBy("zhangwei", false)).isTrue();
        assertThat(review.readableBy("wangqiang", false)).isTrue();
        assertThat(review.readableBy("zhoushen", true)).isTrue();
        assertThat(review.readableBy("lina", false)).isFalse();
    }

    /** Found by the e2e authorization matrix: an auditor cleared for 秘密 read a 机密 document's review. */
    @Test
    void aReviewClassifiedAboveTheReadersClearanceIsUnknownToThem() {
        DocumentContent plain = DemoOrganisation.content(null);
        DocumentContent secret = new DocumentContent(plain.docType(), plain.title(), plain.mainRecipients(),
                plain.copyRecipients(), plain.body(), null, "机密", 10, plain.direction(), List.of(), null);
        Review review = started(Optional.empty(), new Submission("doc-2", 1, DemoOrganisation.person("zhangwei"),
                secret, "hash-1", T0));
        assertThat(review.withinClearance("机密")).isTrue();
        assertThat(review.withinClearance("绝密")).isTrue();
        assertThat(review.withinClearance("秘密")).isFalse();
        assertThat(review.withinClearance("")).isFalse();
        assertThat(returnedByZhaomin().withinClearance("")).as("非密").isTrue();
    }
}
