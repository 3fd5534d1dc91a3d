package org.gongwen.review.followup.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongwen.events.GongwenEvent;
import org.gongwen.events.Person;
import org.gongwen.events.ReviewEscalated;
import org.gongwen.events.ReviewReminderDue;
import org.gongwen.review.decision.domain.Act;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.decision.domain.Outcomes.Noted;
import org.gongwen.review.decision.domain.Outcomes.Refused;
import org.gongwen.review.decision.domain.Review;
import org.gongwen.review.decision.domain.ReviewStatus;
import org.gongwen.review.decision.domain.Round;
import org.gongwen.review.decision.domain.SigningRules;
import org.gongwen.review.decision.domain.Staffing;
import org.gongwen.review.decision.domain.Step;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.kernel.Refusal;

/**
 * "不让文件在我手中延误、积压": reminders and escalation of the current step, and manual 催办. Nothing here ever
 * decides a step (REVIEW-DEADLINE-2: never automatic approval); escalation only puts the overdue step into the
 * next level's inbox as well (REVIEW-DEADLINE-1).
 */
public final class FollowingUp {

    /** The review after the follow-ups due at a time, and the events announcing them (none if nothing was due). */
    public record FollowUp(Review review, List<GongwenEvent> events) {
    }

    private FollowingUp() {
    }

    /**
     * The follow-ups due at {@code now}; an overdue step escalates to the reviewer its next level was built with
     * (no organisation consulted).
     */
    public static FollowUp due(Review review, Instant now, Reminders reminders) {
        return due(review, now, reminders, (round, up) -> Optional.of(up.reviewer()));
    }

    /**
     * The follow-ups due at {@code now}; an overdue step escalates to whoever holds the next level's position in
     * {@code org}, the organisation valid now (REVIEW-CHAIN-4), if cleared for the document.
     */
    public static FollowUp due(Review review, Instant now, Reminders reminders, OrganisationChart org,
                               SigningRules rules) {
        return due(review, now, reminders,
                (round, up) -> Staffing.escalationTarget(round, review.drafter(), up, org, rules));
    }

    /** Who an overdue step of a round is shown to, given the step of the next level. */
    private interface Escalation {
        Optional<Person> target(Round round, Step up);
    }

    private static FollowUp due(Review review, Instant now, Reminders reminders, Escalation escalation) {
        Round round = review.current();
        if (round.status() != ReviewStatus.IN_REVIEW) {
            return new FollowUp(review, List.of());
        }
        Step step = round.currentStep();
        Optional<Instant> next = reminders.nextFollowUp(step);
        if (next.isEmpty() || next.get().isAfter(now)) {
            return new FollowUp(review, List.of());
        }
        List<GongwenEvent> events = new ArrayList<>();
        Step.Followup f = step.followup();
        if (!step.dueAt().isAfter(now)) {
            events.add(new ReviewReminderDue(review.documentId(), round.revision(), step.level(), "DUE",
                    step.reviewer(), step.dueAt(), null, null, now));
            Person escalatedTo = round.step(step.level() + 1)
                    .flatMap(up -> escalation.target(round, up)).orElse(null);
            Round changed = round.with(step.followedUp(new Step.Followup(
                            f.remindedAt() == null ? now : f.remindedAt(), now, escalatedTo,
                            escalatedTo == null ? null : now, f.lastUrgedAt())), round.status(), round.currentLevel());
            if (escalatedTo != null) {
                events.add(new ReviewEscalated(review.documentId(), round.revision(), step.level(), step.reviewer(),
                        escalatedTo, step.dueAt(), now));
                changed = changed.logged(new Act(Act.ESCALATED, escalatedTo, step.role(), step.level(), now,
                        null, null));
            }
            return new FollowUp(review.withCurrent(changed), events);
        }
        events.add(new ReviewReminderDue(review.documentId(), round.revision(), step.level(), "REMINDER",
                step.reviewer(), step.dueAt(), null, null, now));
        Round changed = round.with(step.followedUp(new Step.Followup(now, f.dueNoticeAt(), f.escalatedTo(),
                f.escalatedAt(), f.lastUrgedAt())), round.status(), round.currentLevel());
        return new FollowUp(review.withCurrent(changed), events);
    }

    /**
     * Manual 催办 by the drafter or a 主任 (REVIEW-URGE-1), at most once per {@link Reminders#urgeInterval()} per
     * step (REVIEW-URGE-2, 429 beyond).
     */
    public static DecisionOutcome urge(Review review, Person caller, boolean director, String note, Instant now,
                                       Reminders reminders) {
        Round round = review.current();
        if (!director && !review.drafter().username().equals(caller.username())) {
            return new Refused(Refusal.forbidden("not-allowed-to-urge", "只有起草人或主任可以催办。",
                    "Only the drafter or a director may urge."));
        }
        if (round.status() != ReviewStatus.IN_REVIEW) {
            return new Refused(Refusal.conflict("not-in-review", "该公文不在审核中（" + round.status() + "）。",
                    "The document is not in review (" + round.status() + ")."));
        }
        Step step = round.currentStep();
        Step.Followup f = step.followup();
        if (f.lastUrgedAt() != null && f.lastUrgedAt().plus(reminders.urgeInterval()).isAfter(now)) {
            return new Refused(new Refusal(Refusal.Kind.TOO_MANY, "urge-too-soon",
                    "催办过于频繁，请于 " + f.lastUrgedAt().plus(reminders.urgeInterval()) + " 之后再催。",
                    "Urged too recently; try again after " + f.lastUrgedAt().plus(reminders.urgeInterval()) + ".",
                    "REVIEW-URGE-2", List.of()));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        Round changed = round.with(step.followedUp(new Step.Followup(f.remindedAt(), f.dueNoticeAt(), f.escalatedTo(),
                        f.escalatedAt(), now)), round.status(), round.currentLevel())
                .logged(new Act(Act.URGED, caller, null, step.level(), now, text, null));
        return new Noted(review.withCurrent(changed), new ReviewReminderDue(review.documentId(), round.revision(),
                step.level(), "URGED", step.reviewer(), step.dueAt(), caller.username(), text, now));
    }
}
