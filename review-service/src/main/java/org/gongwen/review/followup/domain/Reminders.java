package org.gongwen.review.followup.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.gongwen.review.decision.domain.FollowUpPlan;
import org.gongwen.review.decision.domain.Step;

/**
 * 催办 policy (条例 第二十四条: follow progress, urge timely completion): a REMINDER once {@code fraction} of a
 * step's time has passed, a DUE notice and an escalation at the deadline, and manual 催办 at most once per
 * {@code urgeInterval} per step.
 */
public record Reminders(double fraction, Duration urgeInterval) implements FollowUpPlan {

    public static final Reminders DEFAULT = new Reminders(0.5, Duration.ofHours(1));

    public Reminders {
        if (fraction <= 0 || fraction >= 1) {
            throw new IllegalArgumentException("the reminder fraction is between 0 and 1, got " + fraction);
        }
    }

    Instant reminderAt(Step step) {
        long millis = Duration.between(step.assignedAt(), step.dueAt()).toMillis();
        return step.assignedAt().plusMillis((long) (millis * fraction));
    }

    /** When this step next needs a follow-up, if ever: the reminder, then the deadline. */
    @Override
    public Optional<Instant> nextFollowUp(Step step) {
        if (step.assignedAt() == null || step.dueAt() == null || step.decided()) {
            return Optional.empty();
        }
        if (step.followup().remindedAt() == null) {
            return Optional.of(reminderAt(step));
        }
        return step.followup().dueNoticeAt() == null ? Optional.of(step.dueAt()) : Optional.empty();
    }
}
