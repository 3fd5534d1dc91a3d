package org.gongwen.review.delegation.domain;

import java.time.Duration;
import java.time.Instant;

import org.gongwen.events.Classification;
import org.gongwen.events.ReviewDelegated;
import org.gongwen.review.decision.domain.Act;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.decision.domain.Outcomes.Noted;
import org.gongwen.review.decision.domain.Outcomes.Refused;
import org.gongwen.review.decision.domain.Ranks;
import org.gongwen.review.decision.domain.Review;
import org.gongwen.review.decision.domain.ReviewStatus;
import org.gongwen.review.decision.domain.Round;
import org.gongwen.review.decision.domain.Step;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.kernel.Refusal;

/**
 * 委派 and 转办 of the current step by its owner: time-boxed (REVIEW-DELEGATE-3, at most {@link #LONGEST}), only to
 * someone of the same or higher rank (REVIEW-DELEGATE-1) whose clearance covers the document (REVIEW-DELEGATE-2),
 * never to the drafter. Recorded in the journal, so the archived trail shows it and "X代Y" on the decision.
 */
public final class Delegating {

    public static final Duration LONGEST = Duration.ofDays(30);

    private Delegating() {
    }

    public static DecisionOutcome delegate(Review review, String caller, int revision, String kind,
                                           OrganisationChart.Member to, Instant until, String reason, Instant now) {
        Round round = review.current();
        if (revision != round.revision() || round.status() != ReviewStatus.IN_REVIEW) {
            return new Refused(Refusal.conflict("not-in-review", "该稿本不在审核中或已过时。",
                    "That revision is not the one in review."));
        }
        Step step = round.currentStep();
        if (!step.isReviewer(caller)) {
            return new Refused(Refusal.forbidden("not-current-reviewer", "只有当前环节的审核人可以委派或转办。",
                    "Only the reviewer of the current step may delegate or transfer it."));
        }
        if (!Step.Delegation.DELEGATE.equals(kind) && !Step.Delegation.TRANSFER.equals(kind)) {
            return new Refused(Refusal.ruleViolation("invalid-delegation", "kind 须为 DELEGATE（委派）或 TRANSFER（转办）。",
                    "kind must be DELEGATE or TRANSFER.", "REVIEW-DELEGATE-0", "kind"));
        }
        if (until == null || !until.isAfter(now) || until.isAfter(now.plus(LONGEST))) {
            return new Refused(Refusal.ruleViolation("invalid-delegation", "委派/转办须有期限，且不超过 30 天。",
                    "A delegation needs an end within 30 days.", "REVIEW-DELEGATE-3", "until"));
        }
        if (to == null || to.username().equals(caller) || to.username().equals(review.drafter().username())) {
            return new Refused(Refusal.ruleViolation("invalid-delegation", "被委派人须是起草人和本人以外的在职人员。",
                    "The delegate must be a current member other than yourself and the drafter.",
                    "REVIEW-DELEGATE-1", "to"));
        }
        if (Ranks.of(to.role()) < Ranks.of(step.role())) {
            return new Refused(Refusal.ruleViolation("delegate-rank-too-low", "只能委派或转办给同级或更高职级的人员。",
                    "Only to someone of the same or a higher rank.", "REVIEW-DELEGATE-1", "to"));
        }
        Classification level = review.classification();
        if (!to.clearedFor(level)) {
            // 条例 第三十条: a classified document only reaches people cleared for it; an unknown label counts as 绝密
            return new Refused(Refusal.ruleViolation("delegate-clearance-too-low", "被委派人的涉密等级低于公文密级（" + level + "）。",
                    "The delegate's clearance is below the document's classification (" + level + ").",
                    "REVIEW-DELEGATE-2", "to"));
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        Step.Delegation delegation = new Step.Delegation(kind, to.asPerson(), until);
        Round changed = round.with(step.delegatedTo(delegation), round.status(), round.currentLevel())
                .logged(new Act(Step.Delegation.DELEGATE.equals(kind) ? Act.DELEGATED : Act.TRANSFERRED,
                        step.reviewer(), step.role(), step.level(), now, text, null));
        return new Noted(review.withCurrent(changed), new ReviewDelegated(review.documentId(), round.revision(),
                step.level(), kind, step.reviewer(), to.asPerson(), until, text, now));
    }
}
