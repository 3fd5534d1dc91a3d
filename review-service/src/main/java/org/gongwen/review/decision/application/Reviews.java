package org.gongwen.review.decision.application;

import java.util.Optional;

import org.gongwen.review.decision.domain.Review;

/** Stored reviews. */
public interface Reviews {

    Optional<Review> find(String documentId);

    /** Loads the review and holds it locked until the transaction ends, so decisions on it are serialised. */
    Optional<Review> lock(String documentId);

    void save(Review review);
}
