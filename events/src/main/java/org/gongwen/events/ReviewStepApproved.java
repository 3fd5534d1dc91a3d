package org.gongwen.events;

import java.time.Instant;

/** A reviewer below the signer approved their step; the document moves to the next level. */
public record ReviewStepApproved(String documentId, int revision, int level, String role, Person reviewer,
                                 String opinion, Instant decidedAt) implements GongwenEvent {
}
