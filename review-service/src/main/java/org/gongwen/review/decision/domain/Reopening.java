package org.gongwen.review.decision.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongwen.events.Person;
import org.gongwen.events.ReviewStepReopened;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.decision.domain.Outcomes.Refused;
import org.gongwen.review.decision.domain.Outcomes.Reopened;
import org.gongwen.kernel.Refusal;

/**
 * Opening an approved step again without leaving review: 退回 to an earlier level (条例 第二十一条: not fit, with
 * reasons — REVIEW-RETURN-1: only to a level that already approved, which must decide again) and 撤回 by the
 * approver of the previous level while the next reviewer has not acted (REVIEW-RECALL-1).
 */
public final class Reopening {

    private Reopening() {
    }

    /** RETURN to {@code target} by someone acting in {@code role} on the step (a countersigner: inside a 会签 step). */
    public static DecisionOutcome sendBack(Review review, Round round, Step current, int target, Person actor,
                                    Person onBehalfOf, String opinion, Signing signing, String role) {
        Optional<Step> earlier = round.step(target).filter(s -> target < current.level())
                .filter(s -> s.decision() == Decision.APPROVE);
        if (earlier.isEmpty()) {
            return new Refused(Refusal.ruleViolation("invalid-return-level",
                    "只能退回起草人（0）或已审核同意的较早层级，第 " + target + " 级不可退回。",
                    "RETURN goes to the drafter (0) or to an earlier level that approved; level " + target
                            + " is neither.", "REVIEW-RETURN-1", "returnToLevel"));
        }
        Staffing.Staffed staffed = Staffing.forAssignment(round, review.drafter(), earlier.get().reset(), signing);
        if (staffed.refusal() != null) {
            return new Refused(staffed.refusal());
        }
        Instant now = signing.now();
        Round reopened = reopen(review, round, target, current.level(), signing, staffed.step())
                .logged(new Act(Act.SENT_BACK, actor, role, current.level(), now, opinion, onBehalfOf));
        return new Reopened(review.withCurrent(reopened), new ReviewStepReopened(review.documentId(),
                round.revision(), current.level(), target, Act.SENT_BACK, actor,
                onBehalfOf == null ? null : onBehalfOf.username(), opinion, now));
    }

    /** 撤回 by {@code username}, who approved the level just below the current one, before its reviewer acted. */
    static DecisionOutcome recall(Review review, String username, int revision, Signing signing) {
        Round round = review.current();
        Optional<Refusal> notYours = review.checkParticipant(round, username, revision, signing);
        if (notYours.isPresent()) {
            return new Refused(notYours.get());
        }
        Step current = round.currentStep();
        Optional<Act> approval = round.step(current.level() - 1)
                .filter(s -> s.decision() == Decision.APPROVE)
                .flatMap(s -> lastAct(round, s.level(), Act.APPROVED))
                .filter(a -> a.actor().username().equals(username)
                        || (a.onBehalfOf() != null && a.onBehalfOf().username().equals(username)));
        if (approval.isEmpty()) {
            return new Refused(Refusal.conflict("not-recallable", "只有上一环节的审核人可以撤回，且须在下一环节办理之前。",
                    "Only the approver of the previous level may recall, before the next reviewer acts."));
        }
        if (current.decided() || round.acts().stream().anyMatch(a -> a.level() != null && a.level() == current.level()
                && a.at().isAfter(approval.get().at()) && !Act.ESCALATED.equals(a.action())
                && !Act.URGED.equals(a.action()))) {
            return new Refused(Refusal.conflict("not-recallable", "下一环节已办理，不能撤回。",
                    "The next reviewer has already acted; it can no longer be recalled."));
        }
        Instant now = signing.now();
        int target = current.level() - 1;
        Act recalled = new Act(Act.RECALLED, approval.get().actor(), round.step(target).orElseThrow().role(), target,
                now, null, approval.get().onBehalfOf());
        // the approver takes their own step back: it is not staffed anew
        Round reopened = reopen(review, round, target, current.level(), signing, null).logged(recalled);
        return new Reopened(review.withCurrent(reopened), new ReviewStepReopened(review.documentId(),
                round.revision(), current.level(), target, Act.RECALLED, recalled.actor(),
                recalled.onBehalfOf() == null ? null : recalled.onBehalfOf().username(), null, now));
    }

    /**
     * Levels above {@code target} up to {@code from} wait again; {@code target} is current with a fresh clock and
     * is {@code restaffed} from the organisation valid now when given (REVIEW-CHAIN-4, REVIEW-CLEARANCE-1).
     */
    private static Round reopen(Review review, Round round, int target, int from, Signing signing, Step restaffed) {
        Instant now = signing.now();
        List<Step> changed = new ArrayList<>();
        for (Step s : round.steps()) {
            if (s.level() == target) {
                Step waiting = restaffed != null ? restaffed : s.reset();
                changed.add(waiting.assigned(now, signing.deadlines().dueAt(round.content().urgency(), now)));
            } else if (s.level() > target && s.level() <= from) {
                changed.add(s.reset());
            }
        }
        return round.withSteps(changed, target);
    }

    private static Optional<Act> lastAct(Round round, int level, String action) {
        Act found = null;
        for (Act a : round.acts()) {
            if (a.level() != null && a.level() == level && action.equals(a.action())) {
                found = a;
            }
        }
        return Optional.ofNullable(found);
    }
}
