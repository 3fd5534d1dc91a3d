package org.gongwen.review.domain;

import java.time.Instant;

import org.gongwen.events.Person;

/**
 * One level of a revision's chain. {@code assignedAt}/{@code dueAt} are set when the step becomes current
 * (a later level's clock starts when the document reaches it); the decision fields once it is decided.
 */
public record Step(int level, String role, Person reviewer, Instant assignedAt, Instant dueAt, Decision decision,
                   String opinion, Instant decidedAt) {

    static Step pending(int level, String role, Person reviewer) {
        return new Step(level, role, reviewer, null, null, null, null, null);
    }

    public boolean decided() {
        return decision != null;
    }

    public boolean isReviewer(String username) {
        return reviewer.username().equals(username);
    }

    Step assigned(Instant at, Instant due) {
        return new Step(level, role, reviewer, at, due, null, null, null);
    }

    Step decidedAs(Decision newDecision, String newOpinion, Instant at) {
        return new Step(level, role, reviewer, assignedAt, dueAt, newDecision, newOpinion, at);
    }
}
