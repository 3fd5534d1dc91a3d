package org.gongwen.review.decision.domain;

import java.time.Instant;

import org.gongwen.events.Person;
import org.gongwen.events.TrailAction;
import org.jspecify.annotations.Nullable;

/**
 * One thing done on a round, in order: the round's journal, from which the archived trail is written. Steps hold
 * only their present state (a step sent back is open again), so the journal is what keeps every decision. The
 * action codes are {@link TrailAction}'s, the one list the archive names as 业务行为: a new kind of act is added there.
 * {@code subject} is the person the act was about when it is not the actor: who was added (加签) or removed (减签).
 */
public record Act(String action, Person actor, @Nullable String role, @Nullable Integer level, Instant at,
                  @Nullable String opinion, @Nullable Person onBehalfOf, @Nullable Person subject) {

    /** An act about no one but the document. */
    public Act(String action, Person actor, @Nullable String role, @Nullable Integer level, Instant at,
               @Nullable String opinion, @Nullable Person onBehalfOf) {
        this(action, actor, role, level, at, opinion, onBehalfOf, null);
    }

    public static final String APPROVED = TrailAction.APPROVED.name();
    public static final String SIGNED = TrailAction.SIGNED.name();
    public static final String RETURNED = TrailAction.RETURNED.name();
    public static final String REJECTED = TrailAction.REJECTED.name();
    public static final String SENT_BACK = TrailAction.SENT_BACK.name();
    public static final String RECALLED = TrailAction.RECALLED.name();
    public static final String DELEGATED = TrailAction.DELEGATED.name();
    public static final String TRANSFERRED = TrailAction.TRANSFERRED.name();
    public static final String ESCALATED = TrailAction.ESCALATED.name();
    public static final String URGED = TrailAction.URGED.name();
    public static final String COUNTERSIGN_REQUESTED = TrailAction.COUNTERSIGN_REQUESTED.name();
    public static final String COUNTERSIGNED = TrailAction.COUNTERSIGNED.name();
    public static final String REVIEWER_ADDED = TrailAction.REVIEWER_ADDED.name();
    public static final String REVIEWER_REMOVED = TrailAction.REVIEWER_REMOVED.name();
}
