package org.gongwen.review.decision.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * When a step next needs a follow-up (reminder, then deadline notice), if ever. Stored with the step so the
 * follow-up scan finds it; the policy itself is the follow-up capability's ({@code followup.domain.Reminders}).
 */
public interface FollowUpPlan {

    Optional<Instant> nextFollowUp(Step step);
}
