package org.gongwen.drafting.draft.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.drafting.draft.domain.Samples.T0;
import static org.gongwen.drafting.draft.domain.Samples.ZHANGWEI;
import static org.gongwen.drafting.draft.domain.Samples.accepted;
import static org.gongwen.drafting.draft.domain.Samples.newDraft;
import static org.gongwen.drafting.draft.domain.Samples.refusal;
import static org.gongwen.drafting.draft.domain.Samples.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongwen.kernel.Refusal;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.Person;
import org.gongwen.events.RecordArchived;
import org.gongwen.events.ReviewRejected;
import org.gongwen.events.ReviewReturned;
import org.gongwen.events.ReviewReviewerAdded;
import org.gongwen.events.ReviewReviewerRemoved;
import org.gongwen.events.ReviewStepApproved;
import org.gongwen.events.ReviewSubmissionRefused;
import org.junit.jupiter.api.Test;

class ReviewProgressTest {

    private static final Instant T1 = T0.plusSeconds(3600);
    private static final Person SUNLI = new Person("sunli", "孙立", "BGS");
    private static final Person WANGQIANG = new Person("wangqiang", "王强", "JLD");

    private final Draft inReview = DraftTest.withChain(accepted(newDraft().submit(ZHANGWEI, List.of(), T0)));
    private final String id = inReview.id().toString();

    @Test
    void theAssignedChainIsKeptWithNoLevelDecided() {
        assertThat(inReview.chain()).extracting(ChainLevel::level).containsExactly(1, 2, 3);
        assertThat(inReview.chain()).noneMatch(ChainLevel::decided);
    }

    @Test
    void anApprovedStepIsMarkedDecided() {
        Draft d = accepted(ReviewProgress.stepApproved(inReview, approved(1)));
        assertThat(d.chain().get(0).decided()).isTrue();
        assertThat(d.chain().get(0).opinion()).isEqualTo("同意");
        assertThat(d.status()).isEqualTo(DraftStatus.IN_REVIEW);
    }

    @Test
    void anAddedReviewerTakesTheirLevelAndTheLaterLevelsMoveUpThenBackWhenRemoved() {
        Person liuyang = new Person("liuyang", "刘洋", "JLD");
        Draft approved = accepted(ReviewProgress.stepApproved(inReview, approved(1)));
        Draft added = accepted(ReviewProgress.reviewerAdded(approved,
                new ReviewReviewerAdded(id, 1, 3, "CHIEF", liuyang, SUNLI, null, "请把关", T1)));
        assertThat(added.chain()).extracting(l -> l.level() + ":" + l.reviewer().username())
                .containsExactly("1:sunli", "2:zhaomin", "3:liuyang", "4:wangqiang");
        assertThat(added.chain().get(0).decided()).isTrue();
        Draft removed = accepted(ReviewProgress.reviewerRemoved(added,
                new ReviewReviewerRemoved(id, 1, 3, liuyang, SUNLI, null, "不必", T1)));
        assertThat(removed.chain()).extracting(l -> l.level() + ":" + l.reviewer().username())
                .containsExactly("1:sunli", "2:zhaomin", "3:wangqiang");
    }

    @Test
    void aReturnSendsTheDraftBackWithTheOpinion() {
        Draft d = accepted(ReviewProgress.returned(inReview,
                new ReviewReturned(id, 1, 1, "DEPUTY_DIRECTOR", SUNLI, "请补充经费测算依据", T1)));
        assertThat(d.status()).isEqualTo(DraftStatus.RETURNED);
        assertThat(d.history()).singleElement().satisfies(o -> {
            assertThat(o.opinion()).isEqualTo("请补充经费测算依据");
            assertThat(o.reviewer()).isEqualTo(SUNLI);
            assertThat(o.level()).isEqualTo(1);
        });
    }

    @Test
    void aReturnedDraftIsEditableAndResubmittedAsTheNextRevision() {
        Draft returned = accepted(ReviewProgress.returned(inReview,
                new ReviewReturned(id, 1, 1, "DEPUTY_DIRECTOR", SUNLI, "请补充", T1)));
        Draft edited = accepted(returned.edit(request(), ZHANGWEI, 1L, T1));
        Draft again = accepted(edited.submit(ZHANGWEI, List.of(), T1));
        assertThat(again.revision()).isEqualTo(2);
        assertThat(again.chain()).as("the new round gets a new chain").isEmpty();
        assertThat(again.history()).hasSize(1);
    }

    @Test
    void reviewClearance1ARefusedSubmissionGoesBackToTheDrafterWithTheReasonAndCanBeResubmitted() {
        Draft refused = accepted(ReviewProgress.submissionRefused(inReview, new ReviewSubmissionRefused(id, 1,
                "REVIEW-CLEARANCE-1", 2, "DIRECTOR", "第 2 级无人具备绝密涉密等级。", "Level 2 has nobody cleared.", T1)));
        assertThat(refused.status()).as("never left IN_REVIEW").isEqualTo(DraftStatus.RETURNED);
        assertThat(refused.history()).singleElement().satisfies(o -> {
            assertThat(o.decision()).isEqualTo(ReviewOpinion.REFUSED);
            assertThat(o.returned()).isTrue();
            assertThat(o.reviewer()).isNull();
            assertThat(o.level()).isEqualTo(2);
            assertThat(o.opinion()).contains("第 2 级无人具备绝密涉密等级").contains("REVIEW-CLEARANCE-1");
        });
        Draft again = accepted(accepted(refused.edit(request(), ZHANGWEI, 1L, T1)).submit(ZHANGWEI, List.of(), T1));
        assertThat(again.revision()).isEqualTo(2);
        assertThat(ReviewProgress.submissionRefused(again, new ReviewSubmissionRefused(id, 1, "REVIEW-CLEARANCE-1", 2,
                "DIRECTOR", "旧", "old", T1))).as("a stale refusal is ignored").isInstanceOf(Outcome.Refused.class);
    }

    @Test
    void aRejectionEndsTheDraft() {
        Draft d = accepted(ReviewProgress.rejected(inReview,
                new ReviewRejected(id, 1, 2, "DIRECTOR", new Person("zhaomin", "赵敏", "BGS"), "不宜发文", T1)));
        assertThat(d.status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(d.history()).extracting(ReviewOpinion::decision).containsExactly("REJECT");
    }

    @Test
    void issuingRecordsTheDocumentNumberSignerDateAndTime() {
        Draft d = accepted(ReviewProgress.issued(inReview, issued(1)));
        assertThat(d.status()).isEqualTo(DraftStatus.ISSUED);
        assertThat(d.documentNumber()).isEqualTo("江民发〔2026〕1号");
        assertThat(d.signer()).isEqualTo(WANGQIANG);
        assertThat(d.issuedAt()).isEqualTo(T1);
        assertThat(d.documentDate()).as("成文日期, 条例 第九条(十二)").isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void archivingAnIssuedDraftRecordsTheArchiveNumber() {
        Draft issued = accepted(ReviewProgress.issued(inReview, issued(1)));
        Draft d = accepted(ReviewProgress.archived(issued, new RecordArchived(id, 1, "Z011-WS·2026-D30-SHJZ-0001", T1)));
        assertThat(d.status()).isEqualTo(DraftStatus.ARCHIVED);
        assertThat(d.archiveNo()).isEqualTo("Z011-WS·2026-D30-SHJZ-0001");
    }

    @Test
    void anArchivedEventOvertakingItsIssueWaitsInsteadOfBeingDropped() {
        RecordArchived archived = new RecordArchived(id, 1, "Z011-WS·2026-D30-SHJZ-0001", T1);
        assertThat(ReviewProgress.archivedBeforeIssued(inReview, archived)).isTrue();
        Draft issued = accepted(ReviewProgress.issued(inReview, issued(1)));
        assertThat(ReviewProgress.archivedBeforeIssued(issued, archived)).isFalse();
        assertThat(ReviewProgress.archivedBeforeIssued(inReview, new RecordArchived(id, 2, "x", T1)))
                .as("another revision's record never becomes applicable: refused, not awaited").isFalse();
    }

    @Test
    void anEventAboutAnotherRevisionIsIgnored() {
        Refusal r = refusal(ReviewProgress.stepApproved(inReview, approved(2)));
        assertThat(r.code()).isEqualTo("stale-revision");
    }

    @Test
    void anEventThatDoesNotFitTheStateIsRefusedNotThrown() {
        Draft withdrawn = accepted(inReview.withdraw(ZHANGWEI, T1));
        assertThat(refusal(ReviewProgress.returned(withdrawn,
                new ReviewReturned(id, 1, 1, "DEPUTY_DIRECTOR", SUNLI, "x", T1))).code()).isEqualTo("event-not-applicable");
        assertThat(refusal(ReviewProgress.archived(inReview, new RecordArchived(id, 1, "x", T1))).code())
                .isEqualTo("event-not-applicable");
    }

    private ReviewStepApproved approved(int revision) {
        return new ReviewStepApproved(id, revision, 1, "DEPUTY_DIRECTOR", SUNLI, "同意", T1);
    }

    private DocumentIssued issued(int revision) {
        return new DocumentIssued(id, revision, "江民发〔2026〕1号", WANGQIANG, T1, LocalDate.of(2026, 11, 21), "hash",
                request(), ZHANGWEI.person(), List.of());
    }
}
