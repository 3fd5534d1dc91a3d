package org.gongwen.review.decision.application;

import java.time.Instant;

/**
 * A step waiting for someone, with what the inbox and the dashboard show about the document. {@code holder} is the
 * step's owner; {@code via} says why it is in this inbox: OWNER, DELEGATE (委派/转办 to the caller) or ESCALATED
 * (overdue at the level below).
 */
public record InboxItem(String documentId, int revision, String title, String docType, String urgency,
                        String drafter, String drafterName, String unit, int level, String role, Instant assignedAt,
                        Instant dueAt, String holder, String holderName, String via, boolean correction) {
}
