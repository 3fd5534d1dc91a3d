package org.gongwen.review.application;

import java.time.Instant;

/** A step waiting for its reviewer, with what the inbox shows about the document. */
public record InboxItem(String documentId, int revision, String title, String docType, String urgency,
                        String drafter, String drafterName, String unit, int level, String role, Instant assignedAt,
                        Instant dueAt) {
}
