package org.gongwen.events;

import java.time.Instant;

/**
 * 催办 of an open registry item on the office's working-day calendar: {@code kind} {@code REMINDER} (a configured
 * share of the holder's time has passed) or {@code OVERDUE} (past the deadline; at most once per item and working
 * day). {@code itemKind} is {@code DELIVERY} (签收; {@code documentId} is the issued document's), {@code INCOMING}
 * (承办 of a 收文) or {@code MATTER} (a 交办事项); for those two {@code documentId} is the item's own id. Published
 * by registry-service (issue 17); {@code revision} is always 1.
 */
public record RegistryReminderDue(String documentId, int revision, String itemKind, String itemId, String kind,
                                  String holderUnit, String title, Instant dueAt, Instant at) implements GongwenEvent {
}
