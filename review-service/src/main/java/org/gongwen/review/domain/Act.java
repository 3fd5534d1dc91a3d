package org.gongwen.review.domain;

import java.time.Instant;

import org.gongwen.events.Person;

/**
 * One thing done on a round, in order: the round's journal, from which the archived trail is written. Steps hold
 * only their present state (a step sent back is open again), so the journal is what keeps every decision.
 */
public record Act(String action, Person actor, String role, Integer level, Instant at, String opinion,
                  Person onBehalfOf) {

    public static final String APPROVED = "APPROVED";
    public static final String SIGNED = "SIGNED";
    public static final String RETURNED = "RETURNED";
    public static final String REJECTED = "REJECTED";
    public static final String SENT_BACK = "SENT_BACK";
    public static final String RECALLED = "RECALLED";
    public static final String DELEGATED = "DELEGATED";
    public static final String TRANSFERRED = "TRANSFERRED";
    public static final String ESCALATED = "ESCALATED";
    public static final String URGED = "URGED";
    public static final String COUNTERSIGN_REQUESTED = "COUNTERSIGN_REQUESTED";
    public static final String COUNTERSIGNED = "COUNTERSIGNED";
}
