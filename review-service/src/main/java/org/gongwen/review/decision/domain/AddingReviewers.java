package org.gongwen.review.decision.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gongwen.events.Classification;
import org.gongwen.events.Person;
import org.gongwen.events.ReviewReviewerAdded;
import org.gongwen.events.ReviewReviewerRemoved;
import org.gongwen.kernel.Refusal;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.decision.domain.Outcomes.Noted;
import org.gongwen.review.decision.domain.Outcomes.Refused;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.jspecify.annotations.Nullable;

/**
 * 加签 and 减签 by the reviewer acting on the current step (REVIEW-ADHOC-1): they insert a reviewer right after their
 * own step, or take back one added so who has not been reached. The standing levels of the chain are never added
 * to or dropped (REVIEW-CHAIN-1): an added step is marked as such, only it can be removed, and the signer stays the
 * last level. An added reviewer is a person, not a position: they keep the step even if the organisation changes
 * (REVIEW-CHAIN-4 restaffs positions only) and decide like any level. Each act needs an opinion (REVIEW-ADHOC-2) and
 * goes into the round's journal with the person it was about, so the archived trail shows it.
 */
public final class AddingReviewers {

    private AddingReviewers() {
    }

    /** 加签 of {@code username} right after the caller's step. */
    static DecisionOutcome add(Review review, String caller, int revision, String username,
                               @Nullable String opinion, Signing signing) {
        Round round = review.current();
        Optional<Refusal> refused = checkActor(review, round, caller, revision, signing)
                .or(() -> checkOpinion(opinion));
        if (refused.isPresent()) {
            return new Refused(refused.get());
        }
        Step step = round.currentStep();
        if (step.level() == round.lastLevel()) {
            // the last level signs (REVIEW-CHAIN-2): a reviewer added after it would sign in the signer's place
            return new Refused(Refusal.ruleViolation("add-after-signer", "签发环节之后不能加签。",
                    "Nobody can be added after the signing level.", "REVIEW-ADHOC-6", "reviewer"));
        }
        Optional<OrganisationChart.Member> member = signing.organisation().member(username);
        Optional<Refusal> unfit = unfit(review, round, step, member, caller);
        if (unfit.isPresent()) {
            return new Refused(unfit.get());
        }
        Step.Acting acting = actingOn(step, caller, signing).orElseThrow();
        Person added = member.get().asPerson();
        String reason = opinion.strip();
        int level = step.level() + 1;
        Round changed = round.withStepInserted(Step.added(level, member.get().role(), added, acting.actor()))
                .logged(new Act(Act.REVIEWER_ADDED, acting.actor(), step.role(), step.level(), signing.now(), reason,
                        acting.onBehalfOf(), added));
        return new Noted(review.withCurrent(changed), new ReviewReviewerAdded(review.documentId(), round.revision(),
                level, member.get().role(), added, acting.actor(), username(acting.onBehalfOf()), reason,
                signing.now()));
    }

    /** 减签 of {@code username}, a reviewer added ad hoc whose level has not been reached. */
    static DecisionOutcome remove(Review review, String caller, int revision, String username,
                                  @Nullable String opinion, Signing signing) {
        Round round = review.current();
        Optional<Refusal> refused = checkActor(review, round, caller, revision, signing)
                .or(() -> checkOpinion(opinion));
        if (refused.isPresent()) {
            return new Refused(refused.get());
        }
        Optional<Step> target = round.steps().stream().filter(s -> s.isReviewer(username)).findFirst();
        if (target.isEmpty()) {
            return new Refused(Refusal.ruleViolation("invalid-reviewer", "该人员不是本稿审核链中的审核人。",
                    "That person is not a reviewer in this revision's chain.", "REVIEW-ADHOC-7", "reviewer"));
        }
        if (!target.get().adHoc()) {
            // 逐级负责: the levels the chain was built with are never dropped (REVIEW-CHAIN-1)
            return new Refused(Refusal.ruleViolation("standing-reviewer", "逐级审核的固定层级不能减签，只能减去加签的审核人。",
                    "A standing level of the chain cannot be removed; only a reviewer added ad hoc can.",
                    "REVIEW-ADHOC-7", "reviewer"));
        }
        if (target.get().level() <= round.currentLevel() || target.get().decided()) {
            // REVIEW-ADHOC-8: once reached, the added reviewer holds or held the document; their act stands
            return new Refused(Refusal.conflict("reviewer-acted", "该加签人已收到或办理该公文，不能减签。",
                    "That added reviewer has already been reached; they can no longer be removed."));
        }
        Step step = round.currentStep();
        Step.Acting acting = actingOn(step, caller, signing).orElseThrow();
        String reason = opinion.strip();
        Person removed = target.get().reviewer();
        Round changed = round.withStepRemoved(target.get().level())
                .logged(new Act(Act.REVIEWER_REMOVED, acting.actor(), step.role(), step.level(), signing.now(),
                        reason, acting.onBehalfOf(), removed));
        return new Noted(review.withCurrent(changed), new ReviewReviewerRemoved(review.documentId(),
                round.revision(), target.get().level(), removed, acting.actor(), username(acting.onBehalfOf()),
                reason, signing.now()));
    }

    /**
     * Whom the caller could add right after their step now: every member who passes REVIEW-ADHOC-3..5, by rank
     * then username. Empty when the caller may not add anyone at all.
     */
    static List<OrganisationChart.Member> candidates(Review review, String caller, Signing signing) {
        Round round = review.current();
        if (checkActor(review, round, caller, round.revision(), signing).isPresent()
                || round.currentLevel() == round.lastLevel()) {
            return List.of();
        }
        Step step = round.currentStep();
        return signing.organisation().members().values().stream()
                .filter(m -> unfit(review, round, step, Optional.of(m), caller).isEmpty())
                .sorted(Comparator.comparingInt((OrganisationChart.Member m) -> Ranks.of(m.role()))
                        .thenComparing(OrganisationChart.Member::username))
                .toList();
    }

    /**
     * The checks both acts start with, in the order every act has them: in the chain at all (403), the revision
     * current (409), in review (409); then acting on the current step now (403, REVIEW-ADHOC-1: its owner, their
     * 委派 delegate or 转办 transferee, or their standing deputy).
     */
    private static Optional<Refusal> checkActor(Review review, Round round, String caller, int revision,
                                                Signing signing) {
        Optional<Refusal> notYours = review.checkParticipant(round, caller, revision, signing);
        if (notYours.isPresent()) {
            return notYours;
        }
        if (actingOn(round.currentStep(), caller, signing).isEmpty()) {
            return Optional.of(Refusal.forbidden("not-current-reviewer", "只有当前环节的审核人可以加签或减签。",
                    "Only the reviewer of the current step may add or remove a reviewer."));
        }
        return Optional.empty();
    }

    /** REVIEW-ADHOC-2: why a reviewer is added or removed is part of the record. */
    private static Optional<Refusal> checkOpinion(@Nullable String opinion) {
        return opinion == null || opinion.isBlank()
                ? Optional.of(Refusal.ruleViolation("opinion-required", "加签、减签须填写意见。",
                "Adding or removing a reviewer needs an opinion.", "REVIEW-ADHOC-2", "opinion"))
                : Optional.empty();
    }

    private static Optional<Step.Acting> actingOn(Step step, String caller, Signing signing) {
        return step.actingAs(caller, signing.now(), signing.actingFor().get(step.reviewer().username()));
    }

    /**
     * Whether {@code member} cannot be added after {@code step}: unknown or not current, the drafter, the caller or
     * anyone already with a say on this revision (nobody twice, REVIEW-ADHOC-3); a rank below the step they follow
     * or above the level they come before (逐级: the chain only goes up, REVIEW-ADHOC-4); not cleared for the
     * document's 密级 (条例 第三十条, REVIEW-ADHOC-5, an unknown 密级 counting as 绝密).
     */
    private static Optional<Refusal> unfit(Review review, Round round, Step step,
                                           Optional<OrganisationChart.Member> member, String caller) {
        if (member.isEmpty() || member.get().username().equals(caller)
                || member.get().username().equals(review.drafter().username())
                || round.involves(member.get().username())) {
            return Optional.of(Refusal.ruleViolation("invalid-reviewer",
                    "加签人须是在职人员，且不是起草人、本人或本稿审核链中已有的人员。",
                    "The reviewer added must be a current member other than the drafter, yourself and anyone "
                            + "already in this revision's chain.", "REVIEW-ADHOC-3", "reviewer"));
        }
        int rank = Ranks.of(member.get().role());
        Step next = round.step(step.level() + 1).orElseThrow();
        if (rank < Ranks.of(step.role()) || rank > Ranks.of(next.role())) {
            return Optional.of(Refusal.ruleViolation("reviewer-rank-out-of-order",
                    "加签人的职级须不低于本环节、不高于下一环节（逐级负责）。",
                    "The reviewer added must rank at least as this step and at most as the next level.",
                    "REVIEW-ADHOC-4", "reviewer"));
        }
        Classification level = review.classification();
        if (!member.get().clearedFor(level)) {
            return Optional.of(Refusal.ruleViolation("reviewer-clearance-too-low",
                    "加签人的涉密等级低于公文密级（" + level + "）。",
                    "The reviewer's clearance is below the document's classification (" + level + ").",
                    "REVIEW-ADHOC-5", "reviewer"));
        }
        return Optional.empty();
    }

    private static @Nullable String username(@Nullable Person person) {
        return person == null ? null : person.username();
    }
}
