package org.gongwen.events;

import java.time.Instant;

/** 退回: the reviewer sent the draft back to the drafter for revision, with reasons. */
public record ReviewReturned(String documentId, int revision, int level, String role, Person reviewer,
                             String opinion, Instant decidedAt) implements GongwenEvent {
}
