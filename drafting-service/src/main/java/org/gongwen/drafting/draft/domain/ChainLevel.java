package org.gongwen.drafting.draft.domain;

import java.time.Instant;

import org.gongwen.events.Person;
import org.jspecify.annotations.Nullable;

/**
 * One level of the review chain of the current revision, as review-service assigned it, and whether its
 * reviewer has decided (decision APPROVE, RETURN, REJECT or SIGN for the 签发 that issued the document).
 */
public record ChainLevel(int level, String role, Person reviewer, @Nullable String decision, @Nullable String opinion,
                         @Nullable Instant decidedAt) {

    public static ChainLevel assigned(int level, String role, Person reviewer) {
        return new ChainLevel(level, role, reviewer, null, null, null);
    }

    public boolean decided() {
        return decision != null;
    }

    ChainLevel decide(String newDecision, Person by, String newOpinion, Instant at) {
        return new ChainLevel(level, role, by == null ? reviewer : by, newDecision, newOpinion, at);
    }
}
