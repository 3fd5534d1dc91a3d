package org.gongwen.drafting.draft.domain;

import java.time.Instant;

import org.gongwen.events.Person;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's reasons for sending a revision back (RETURN) or refusing it for good (REJECT); kept for the drafter.
 * REFUSED: review could not staff the chain within its rules (e.g. REVIEW-CLEARANCE-1); no reviewer, the opinion is
 * review's reason with the rule id, the draft is back with the drafter as after a RETURN.
 */
public record ReviewOpinion(int revision, String decision, int level, String role, @Nullable Person reviewer,
                            String opinion,
                            Instant decidedAt) {

    public static final String REFUSED = "REFUSED";

    /** Whether the draft came back to the drafter to be revised (RETURN, or a refused submission). */
    public boolean returned() {
        return "RETURN".equals(decision) || REFUSED.equals(decision);
    }
}
