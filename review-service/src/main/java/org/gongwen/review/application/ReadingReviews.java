package org.gongwen.review.application;

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

    public ReadingReviews(Reviews reviews) {
        this.reviews = reviews;
    }

    public List<InboxItem> inbox(String username) {
        return reviews.inboxOf(username);
    }

    public ReadOutcome read(String documentId, String username, boolean auditor) {
        return reviews.find(documentId)
                .<ReadOutcome>map(review -> review.readableBy(username, auditor)
                        ? new Found(review)
                        : new NotReadable(Refusal.notReadable(documentId)))
                .orElseGet(() -> new NotReadable(Refusal.notFound(documentId)));
    }
}
