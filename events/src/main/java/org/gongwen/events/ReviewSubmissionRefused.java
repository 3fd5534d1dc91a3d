package org.gongwen.events;

import java.time.Instant;

/**
 * 送审 refused before any reviewer saw it: review could not open a chain for this revision that obeys a rule, e.g.
 * REVIEW-CLEARANCE-1 (a classified document only reaches people cleared for it, 条例 第三十条) when no cleared person
 * can take level {@code level} ({@code role}). Drafting gives the draft back to the drafter (status RETURNED) with
 * the reason; nothing is stored in review, so a later revision starts afresh.
 */
public record ReviewSubmissionRefused(String documentId, int revision, String rule, int level, String role,
                                      String reason, String reasonEn, Instant refusedAt) implements GongwenEvent {
}
