package org.gongwen.review.decision.persistence;

import java.util.HashMap;
import java.util.Map;

import org.gongwen.review.decision.domain.Review;
import org.gongwen.review.shared.persistence.TransactionScoped;
import org.jspecify.annotations.Nullable;

/**
 * The reviews as they were locked (or last saved) in the current transaction, so that saving writes only the rows
 * that changed. Bound to the transaction and dropped when it ends: a rolled-back save leaves nothing behind, and
 * outside a transaction nothing is remembered (the whole review is written, as before).
 */
final class LoadedReviews {

    private static final Object KEY = LoadedReviews.class;

    private LoadedReviews() {
    }

    static void remember(Review review) {
        Map<String, Review> loaded = current();
        if (loaded != null) {
            loaded.put(review.documentId(), review);
        }
    }

    /** Remembers review as the state now written and answers the one before it (null: nothing known). */
    static Review replace(Review review) {
        Map<String, Review> loaded = current();
        return loaded == null ? null : loaded.put(review.documentId(), review);
    }

    private static @Nullable Map<String, Review> current() {
        return TransactionScoped.get(KEY, HashMap::new);
    }
}
