package org.gongwen.review.decision.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gongwen.review.decision.domain.Review;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reviews this instance loaded lately, each with the version its document row had: a load that finds the same
 * version reads nothing more (reviews.version moves with every write to any part of a review, V10). Reviews are
 * immutable values, so one may be handed to several readers. Only what was read from the database, or what a
 * transaction wrote once it has committed, is kept — never what a transaction is about to write.
 */
final class RecentReviews {

    private static final int CAPACITY = 10_000;

    private record Loaded(long version, Review review) {
    }

    private final Map<String, Loaded> byDocument = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Loaded> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized @Nullable Review at(String documentId, long version) {
        Loaded loaded = byDocument.get(documentId);
        return loaded != null && loaded.version() == version ? loaded.review() : null;
    }

    synchronized void loaded(long version, Review review) {
        byDocument.put(review.documentId(), new Loaded(version, review));
    }

    /**
     * Keeps a review the current transaction wrote, under the version its document row has after the writes, once
     * the transaction has committed. Should anything write the review after that version was read, in this
     * transaction or later, the version moves on and this entry is simply not used; a rolled-back transaction
     * keeps nothing.
     */
    void loadedOnceCommitted(long version, Review review) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                loaded(version, review);
            }
        });
    }
}
