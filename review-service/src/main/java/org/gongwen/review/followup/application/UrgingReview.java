package org.gongwen.review.followup.application;

import org.gongwen.events.Person;
import org.gongwen.review.decision.application.DecidingReview;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.followup.domain.FollowingUp;
import org.gongwen.review.followup.domain.Reminders;

/**
 * Manual 催办, on the locked review in the same clearance-checked transaction as every other act on it
 * ({@link DecidingReview#act}).
 */
public class UrgingReview {

    private final DecidingReview acts;
    private final Reminders reminders;

    public UrgingReview(DecidingReview acts, Reminders reminders) {
        this.acts = acts;
        this.reminders = reminders;
    }

    /** Manual 催办, rate-limited per step. */
    public DecisionOutcome urge(String documentId, String clearance, Person caller, boolean director, String note) {
        return acts.act(documentId, caller.username(), clearance, (review, signing) -> FollowingUp.urge(review, caller,
                director, note, signing.now(), reminders));
    }
}
