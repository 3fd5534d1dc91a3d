package org.gongwen.review.application;

import java.time.Instant;
import java.util.List;

import org.gongwen.review.domain.Refusal;
import org.gongwen.review.domain.Review;

/** The reviewer's inbox and a review as the people entitled to it see it. */
public class ReadingReviews {

    public sealed interface ReadOutcome {
    }

    public record Found(Review review) implements ReadOutcome {
    }

    public record NotReadable(Refusal refusal) implements ReadOutcome {
    }

    private final Reviews reviews;
    private final ReviewQueries queries;

    public ReadingReviews(Reviews reviews, ReviewQueries queries) {
        this.reviews = reviews;
        this.queries = queries;
    }

    public List<InboxItem> inbox(String username, Instant now, ReviewQueries.InboxFilter filter) {
        return queries.inbox(username, now, filter);
    }

    public List<ReviewQueries.DoneItem> done(String username, String action, int page, int size) {
        return queries.done(username, action, page, size);
    }

    /** "五不" dashboard rows: every document in review with who holds it since when, longest held first. */
    public List<InboxItem> inReview(String unit, Instant now) {
        return queries.inReview(unit, now);
    }

    /** A review the reader's clearance does not cover is unknown to them (404), whoever they are. */
    public ReadOutcome read(String documentId, String username, boolean auditor, String clearance) {
        return reviews.find(documentId)
                .filter(review -> review.withinClearance(clearance))
                .<ReadOutcome>map(review -> review.readableBy(username, auditor)
                        ? new Found(review)
                        : new NotReadable(Refusal.notReadable(documentId)))
                .orElseGet(() -> new NotReadable(Refusal.notFound(documentId)));
    }
}
