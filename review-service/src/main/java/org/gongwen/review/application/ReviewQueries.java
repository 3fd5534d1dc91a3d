package org.gongwen.review.application;

import java.time.Instant;
import java.util.List;

/** Read models over all reviews: inboxes, 已办, the "五不" dashboard, and due follow-ups for the scheduler. */
public interface ReviewQueries {

    /** Filters of the 待办 list; null = any. */
    record InboxFilter(String urgency, String docType, Boolean overdue, int page, int size) {
    }

    /** One act the user did (已办), newest first. */
    record DoneItem(String documentId, int revision, String title, String docType, String action, Integer level,
                    Instant at, String opinion, String onBehalfOf, String status) {
    }

    /** Current steps of {@code username} (owned, delegated to them, or escalated to them), soonest due first. */
    List<InboxItem> inbox(String username, Instant now, InboxFilter filter);

    List<DoneItem> done(String username, String action, int page, int size);

    /**
     * Every current step in review, drafter's unit = {@code unit} if given, longest held first; the holder is the
     * person a running 转办 went to (via TRANSFER), else the owner.
     */
    List<InboxItem> inReview(String unit, Instant now);

    /**
     * Claims documents whose current step has a follow-up due at {@code now}: locks their review rows with
     * {@code FOR UPDATE SKIP LOCKED} so several instances never take the same document; hold the transaction.
     */
    List<String> claimDueFollowUps(Instant now, int limit);
}
