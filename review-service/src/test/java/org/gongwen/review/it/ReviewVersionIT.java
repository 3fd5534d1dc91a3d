package org.gongwen.review.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongwen.review.decision.application.Reviews;
import org.gongwen.review.decision.domain.Review;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15: a review loaded before is used again while its version stands. Any write to any part of it — by this
 * instance, another one or by hand — moves the version; what a rolled-back transaction saw is never served.
 */
class ReviewVersionIT extends ReviewServiceIT {

    @Autowired
    Reviews reviews;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aReviewWhoseVersionStandsIsNotReadAgain() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");

        Review first = reviews.find(id).orElseThrow();

        assertThat(reviews.find(id).orElseThrow()).isSameAs(first);
    }

    @Test
    void aWriteToAnyPartOfTheReviewByAnyWriterIsSeenAtTheNextLoad() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        reviews.find(id).orElseThrow();

        renameFirstReviewer(id, "改名");

        assertThat(firstReviewerName(reviews.find(id).orElseThrow())).isEqualTo("改名");
    }

    @Test
    void whatARolledBackTransactionSawIsNeverServedAfterIt() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        String original = firstReviewerName(reviews.find(id).orElseThrow());

        transactions.executeWithoutResult(status -> {
            reviews.lock(id).orElseThrow();
            renameFirstReviewer(id, "幽灵");
            assertThat(firstReviewerName(reviews.find(id).orElseThrow())).isEqualTo("幽灵");
            status.setRollbackOnly();
        });

        assertThat(firstReviewerName(reviews.find(id).orElseThrow())).isEqualTo(original);
    }

    @Test
    void aReviewJustWrittenIsServedToTheNextReaderExactlyAsTheDatabaseHoldsIt() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        approveUpTo(id, 1, "sunli");

        Review remembered = reviews.find(id).orElseThrow();
        moveVersionByHand(id);
        Review loaded = reviews.find(id).orElseThrow();

        assertThat(loaded).isNotSameAs(remembered);
        assertThat(remembered).isEqualTo(loaded);
        assertThat(remembered.current().currentLevel()).isEqualTo(2);
    }

    @Test
    void aReviewWrittenInARolledBackTransactionIsNeverServed() {
        String id = newDocumentId();
        submit(id, 1, "zhangwei");
        Review before = reviews.find(id).orElseThrow();

        transactions.executeWithoutResult(status -> {
            Review locked = reviews.lock(id).orElseThrow();
            reviews.save(new Review(locked.documentId(), locked.drafter(), locked.rounds(),
                    new Review.Issue("江财〔2026〕99号", java.time.LocalDate.of(2026, 12, 6), java.time.Instant.now(),
                            locked.drafter(), null)));
            status.setRollbackOnly();
        });

        assertThat(reviews.find(id).orElseThrow()).isEqualTo(before);
    }

    private void moveVersionByHand(String documentId) {
        jdbc.sql("UPDATE reviews SET version = 0 WHERE document_id = ?").param(documentId).update();
    }

    private void renameFirstReviewer(String documentId, String name) {
        jdbc.sql("UPDATE review_steps SET reviewer_name = ? WHERE document_id = ? AND level = 1")
                .params(name, documentId).update();
    }

    private static String firstReviewerName(Review review) {
        return review.current().steps().get(0).reviewer().name();
    }
}
