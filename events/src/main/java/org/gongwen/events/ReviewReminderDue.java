package org.gongwen.events;

import java.time.Instant;

/**
 * 催办: a reminder to the reviewer holding a step. {@code kind} is {@code REMINDER} (a configured share of the
 * time has passed), {@code DUE} (the deadline is reached) or {@code URGED} (manual 催办 by {@code urgedBy}).
 */
public record ReviewReminderDue(String documentId, int revision, int level, String kind, Person reviewer,
                                Instant dueAt, String urgedBy, String note, Instant at) implements GongwenEvent {
}
