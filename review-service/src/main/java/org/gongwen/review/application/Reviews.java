package org.gongwen.review.application;

import java.util.List;
import java.util.Optional;

import org.gongwen.review.domain.Review;

/** Stored reviews. */
public interface Reviews {

    Optional<Review> find(String documentId);

    /** Loads the review and holds it locked until the transaction ends, so decisions on it are serialised. */
    Optional<Review> lock(String documentId);

    void save(Review review);

    /** The pending current steps of IN_REVIEW reviews whose reviewer is {@code username}, oldest due first. */
    List<InboxItem> inboxOf(String username);
}
