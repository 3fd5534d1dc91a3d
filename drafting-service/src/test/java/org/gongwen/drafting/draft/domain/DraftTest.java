package org.gongwen.drafting.draft.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.drafting.draft.domain.Samples.LINA;
import static org.gongwen.drafting.draft.domain.Samples.T0;
import static org.gongwen.drafting.draft.domain.Samples.ZHANGWEI;
import static org.gongwen.drafting.draft.domain.Samples.ZHOUSHEN;
import static org.gongwen.drafting.draft.domain.Samples.accepted;
import static org.gongwen.drafting.draft.domain.Samples.newDraft;
import static org.gongwen.drafting.draft.domain.Samples.refusal;
import static org.gongwen.drafting.draft.domain.Samples.request;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.kernel.Refusal;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.kernel.Severity;
import org.gongwen.events.Person;
import org.gongwen.events.ReviewChainAssigned;
import org.gongwen.events.ReviewStepApproved;
import org.junit.jupiter.api.Test;

class DraftTest {

    private static final Instant T1 = T0.plusSeconds(60);

    @Test
    void aNewDraftIsVersionOneRevisionZeroInDraftStatus() {
        Draft draft = newDraft();
        assertThat(draft.status()).isEqualTo(DraftStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.revision()).isZero();
        assertThat(draft.drafter()).isEqualTo(new Person("zhangwei", "张伟", "SHJZ"));
    }

    @Test
    void aClassificationAboveTheDraftersClearanceIsForbidden() {
        Refusal r = refusal(Draft.create(UUID.randomUUID(), Samples.withSecrecy(request(), "机密", 5), ZHANGWEI, T0));
        assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(r.code()).isEqualTo("above-clearance");
    }

    @Test
    void aClassificationWithinClearanceIsAccepted() {
        Draft d = accepted(Draft.create(UUID.randomUUID(), Samples.withSecrecy(request(), "秘密", 5), ZHANGWEI, T0));
        assertThat(d.content().classification()).isEqualTo("秘密");
    }

    @Test
    void invalidInputIsRefusedWithFieldViolations() {
        Refusal r = refusal(Draft.create(UUID.randomUUID(), Samples.withKind(request(), "方案", "上行"), ZHANGWEI, T0));
        assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(r.violations()).extracting(RuleViolation::field).containsExactly("docType");
    }

    @Test
    void anEditMakesANewVersion() {
        Draft edited = accepted(newDraft().edit(Samples.withBody(request(), "新正文"), ZHANGWEI, 1L, T1));
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.content().body()).isEqualTo("新正文");
        assertThat(edited.updatedAt()).isEqualTo(T1);
    }

    @Test
    void onlyTheDrafterMayEdit() {
        assertThat(refusal(newDraft().edit(request(), LINA, 1L, T1)).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void anEditWithoutExpectedVersionIsRefusedAsPreconditionRequired() {
        assertThat(refusal(newDraft().edit(request(), ZHANGWEI, null, T1)).kind())
                .isEqualTo(Refusal.Kind.PRECONDITION_REQUIRED);
    }

    @Test
    void anEditAgainstAStaleVersionIsRefused() {
        Draft v2 = accepted(newDraft().edit(request(), ZHANGWEI, 1L, T1));
        assertThat(refusal(v2.edit(request(), ZHANGWEI, 1L, T1)).kind()).isEqualTo(Refusal.Kind.STALE);
    }

    @Test
    void aDraftInReviewCannotBeEdited() {
        Draft submitted = accepted(newDraft().submit(ZHANGWEI, List.of(), T1));
        assertThat(refusal(submitted.edit(request(), ZHANGWEI, 1L, T1)).kind()).isEqualTo(Refusal.Kind.CONFLICT);
    }

    @Test
    void submittingMovesToInReviewAndCountsTheRevision() {
        Draft submitted = accepted(newDraft().submit(ZHANGWEI, List.of(), T1));
        assertThat(submitted.status()).isEqualTo(DraftStatus.IN_REVIEW);
        assertThat(submitted.revision()).isEqualTo(1);
        assertThat(submitted.version()).as("a submission is not a save").isEqualTo(1);
    }

    @Test
    void anErrorFindingBlocksSubmission() {
        RuleViolation error = RuleViolation.error("GB-TITLE-1", "title", "x", "x");
        Refusal r = refusal(newDraft().submit(ZHANGWEI, List.of(error), T1));
        assertThat(r.kind()).isEqualTo(Refusal.Kind.RULE_VIOLATION);
        assertThat(r.violations()).containsExactly(error);
    }

    @Test
    void aWarningDoesNotBlockSubmission() {
        RuleViolation warning = new RuleViolation("TL-UP-1", "mainRecipients", Severity.WARNING, "x", "x", null, null);
        assertThat(accepted(newDraft().submit(ZHANGWEI, List.of(warning), T1)).status()).isEqualTo(DraftStatus.IN_REVIEW);
    }

    @Test
    void aDraftInReviewCannotBeSubmittedAgain() {
        Draft submitted = accepted(newDraft().submit(ZHANGWEI, List.of(), T1));
        assertThat(refusal(submitted.submit(ZHANGWEI, List.of(), T1)).kind()).isEqualTo(Refusal.Kind.CONFLICT);
    }

    @Test
    void onlyTheDrafterMaySubmit() {
        assertThat(refusal(newDraft().submit(LINA, List.of(), T1)).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void theDrafterMayWithdrawBeforeAnyReviewerDecided() {
        Draft inReview = withChain(accepted(newDraft().submit(ZHANGWEI, List.of(), T1)));
        assertThat(accepted(inReview.withdraw(ZHANGWEI, T1)).status()).isEqualTo(DraftStatus.WITHDRAWN);
    }

    @Test
    void noWithdrawalOnceAReviewerDecided() {
        Draft inReview = withChain(accepted(newDraft().submit(ZHANGWEI, List.of(), T1)));
        Draft approved = accepted(ReviewProgress.stepApproved(inReview, new ReviewStepApproved(inReview.id().toString(),
                1, 1, "DEPUTY_DIRECTOR", new Person("sunli", "孙立", "BGS"), "同意", T1)));
        Refusal r = refusal(approved.withdraw(ZHANGWEI, T1));
        assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(r.code()).isEqualTo("review-decided");
    }

    @Test
    void aDraftNotInReviewCannotBeWithdrawn() {
        assertThat(refusal(newDraft().withdraw(ZHANGWEI, T1)).kind()).isEqualTo(Refusal.Kind.CONFLICT);
    }

    @Test
    void onlyTheDrafterMayWithdraw() {
        Draft inReview = accepted(newDraft().submit(ZHANGWEI, List.of(), T1));
        assertThat(refusal(inReview.withdraw(LINA, T1)).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void theDrafterTheChainAndAuditorsMayReadOthersMayNot() {
        Draft inReview = withChain(accepted(newDraft().submit(ZHANGWEI, List.of(), T1)));
        Actor sunli = new Actor("sunli", "孙立", "BGS", java.util.Set.of("DEPUTY_DIRECTOR"), "机密");
        assertThat(inReview.readableBy(ZHANGWEI)).isTrue();
        assertThat(inReview.readableBy(sunli)).isTrue();
        assertThat(inReview.readableBy(ZHOUSHEN)).isTrue();
        assertThat(inReview.readableBy(LINA)).isFalse();
    }

    /** 第三十条: a 涉密 draft is managed at its 密级, so above a reader's clearance it does not exist for them. */
    @Test
    void aDraftAboveTheReadersClearanceIsInvisibleEvenToAnAuditor() {
        Actor wangqiang = new Actor("wangqiang", "王强", "JLD", java.util.Set.of("CHIEF"), "绝密");
        Draft topSecret = accepted(Draft.create(UUID.randomUUID(), Samples.withSecrecy(request(), "绝密", 30),
                wangqiang, T0));
        assertThat(topSecret.visibleTo(ZHOUSHEN)).isFalse();
        assertThat(topSecret.readableBy(ZHOUSHEN)).isFalse();
        assertThat(topSecret.readableBy(wangqiang)).isTrue();

        Actor sunli = new Actor("sunli", "孙立", "BGS", java.util.Set.of("DEPUTY_DIRECTOR"), "机密");
        Draft secretWithinClearance = accepted(Draft.create(UUID.randomUUID(), Samples.withSecrecy(request(), "机密", 5),
                sunli, T0));
        assertThat(secretWithinClearance.readableBy(ZHOUSHEN)).isTrue();
        assertThat(secretWithinClearance.visibleTo(ZHANGWEI)).isFalse();
    }

    static Draft withChain(Draft inReview) {
        return accepted(ReviewProgress.chainAssigned(inReview, new ReviewChainAssigned(inReview.id().toString(),
                inReview.revision(), List.of(
                new ReviewChainAssigned.ChainStep(1, "DEPUTY_DIRECTOR", new Person("sunli", "孙立", "BGS")),
                new ReviewChainAssigned.ChainStep(2, "DIRECTOR", new Person("zhaomin", "赵敏", "BGS")),
                new ReviewChainAssigned.ChainStep(3, "CHIEF", new Person("wangqiang", "王强", "JLD"))), T1), T1));
    }
}
