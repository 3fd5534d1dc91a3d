package org.gongwen.registry.followup.domain;

/**
 * 催办 settings, as review-service's reminders: a reminder once {@code fraction} of the holder's time has passed, and
 * an escalation {@code escalateAfterWorkingDays} working days after the deadline (0: at the deadline).
 */
public record FollowUpPolicy(double fraction, int escalateAfterWorkingDays) {

    public static final FollowUpPolicy DEFAULT = new FollowUpPolicy(0.5, 1);

    public FollowUpPolicy {
        if (fraction <= 0 || fraction >= 1) {
            throw new IllegalArgumentException("the reminder fraction is between 0 and 1, got " + fraction);
        }
        if (escalateAfterWorkingDays < 0) {
            throw new IllegalArgumentException("escalation is at or after the deadline, got " + escalateAfterWorkingDays);
        }
    }
}
