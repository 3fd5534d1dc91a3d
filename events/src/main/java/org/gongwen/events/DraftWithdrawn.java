package org.gongwen.events;

import java.time.Instant;

/** 撤回: the drafter took the draft back before any reviewer decided. */
public record DraftWithdrawn(String documentId, int revision, Person drafter, Instant withdrawnAt)
        implements GongwenEvent {
}
