package org.gongwen.events;

import java.time.Instant;

/**
 * A step is overdue: it now also shows in the inbox of {@code escalatedTo} (the next level's reviewer, or the
 * 办公室主任 for the last level). Escalation never decides anything: the step still waits for its reviewer.
 */
public record ReviewEscalated(String documentId, int revision, int level, Person reviewer, Person escalatedTo,
                              Instant dueAt, Instant at) implements GongwenEvent {
}
