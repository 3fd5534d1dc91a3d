package org.gongwen.review.decision.application;

import java.time.Instant;
import java.util.List;

import org.gongwen.events.Classification;
import org.gongwen.review.decision.domain.Review;
import org.gongwen.kernel.Refusal;

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

    /**
     * 待办 of {@code username}, only documents within the reader's {@code clearance} (REVIEW-CLEARANCE-3, 条例 第三十条:
     * a document above it is not listed, not even its title; an unknown clearance is none).
     */
    public List<InboxItem> inbox(String username, String clearance, Instant now, ReviewQueries.InboxFilter filter) {
        return queries.inbox(username, Classification.ofClearance(clearance), now, filter);
    }

    public List<ReviewQueries.DoneItem> done(String username, String clearance, String action, int page, int size) {
        return queries.done(username, Classification.ofClearance(clearance), action, page, size);
    }

    /**
     * "五不" dashboard rows: every document in review with who holds it since when, longest held first; only those
     * within the reader's {@code clearance} (REVIEW-CLEARANCE-3).
     */
    public List<InboxItem> inReview(String unit, String clearance, Instant now) {
        return queries.inReview(unit, Classification.ofClearance(clearance), now);
    }

    /**
     * A review the reader's clearance does not cover is unknown to them (404), whoever they are (REVIEW-CLEARANCE-3;
     * an unknown 密级 counts as 绝密, an unknown clearance as none).
     */
    public ReadOutcome read(String documentId, String username, boolean auditor, String clearance) {
        return reviews.find(documentId)
                .filter(review -> review.withinClearance(clearance))
                .<ReadOutcome>map(review -> review.readableBy(username, auditor)
                        ? new Found(review)
                        : new NotReadable(NoReview.notReadable(documentId)))
                .orElseGet(() -> new NotReadable(NoReview.notFound(documentId)));
    }
}
