package org.gongwen.review.decision.application;

import java.time.Instant;
import java.util.List;

import org.gongwen.events.Classification;
import org.jspecify.annotations.Nullable;

/** Read models over all reviews: inboxes, 已办, the "五不" dashboard, and due follow-ups for the scheduler. */
public interface ReviewQueries {

    /** Filters of the 待办 list; null = any. */
    record InboxFilter(@Nullable String urgency, @Nullable String docType, @Nullable Boolean overdue, int page,
                       int size) {
    }

    /** One act the user did (已办), newest first. */
    record DoneItem(String documentId, int revision, String title, String docType, String action,
                    @Nullable Integer level, Instant at, @Nullable String opinion, @Nullable String onBehalfOf,
                    String status) {
    }

    /**
     * Current steps of {@code username} (owned, delegated to them, or escalated to them), soonest due first; only
     * documents within {@code clearance} (REVIEW-CLEARANCE-3: one above it, or of an unknown 密级, is not listed).
     */
    List<InboxItem> inbox(String username, Classification clearance, Instant now, InboxFilter filter);

    /** The user's acts, newest first, on documents within {@code clearance}. */
    List<DoneItem> done(String username, Classification clearance, @Nullable String action, int page, int size);

    /**
     * Every current step in review, drafter's unit = {@code unit} if given, longest held first; the holder is the
     * person a running 转办 went to (via TRANSFER), else the owner; only documents within {@code clearance}.
     */
    List<InboxItem> inReview(@Nullable String unit, Classification clearance, Instant now);

    /**
     * Claims documents whose current step has a follow-up due at {@code now}: locks their review rows with
     * {@code FOR UPDATE SKIP LOCKED} so several instances never take the same document; hold the transaction.
     */
    List<String> claimDueFollowUps(Instant now, int limit);
}
