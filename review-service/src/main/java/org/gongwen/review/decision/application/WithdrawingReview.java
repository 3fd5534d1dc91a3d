package org.gongwen.review.decision.application;

import org.gongwen.events.DraftWithdrawn;
import org.gongwen.review.decision.domain.Outcomes.WithdrawalIgnored;
import org.gongwen.review.decision.domain.Outcomes.WithdrawalOutcome;
import org.gongwen.review.decision.domain.Outcomes.Withdrawn;
import org.gongwen.kernel.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** 撤回 received: the revision leaves every inbox, unless a reviewer got to it first. */
public class WithdrawingReview {

    private static final Logger log = LoggerFactory.getLogger(WithdrawingReview.class);

    private final Reviews reviews;
    private final Transactions tx;

    public WithdrawingReview(Reviews reviews, Transactions tx) {
        this.reviews = reviews;
        this.tx = tx;
    }

    public WithdrawalOutcome on(DraftWithdrawn withdrawn) {
        WithdrawalOutcome outcome = tx.inTransaction(() -> reviews.lock(withdrawn.documentId())
                .map(review -> {
                    WithdrawalOutcome result = review.withdraw(withdrawn.revision());
                    if (result instanceof Withdrawn done) {
                        reviews.save(done.review());
                    }
                    return result;
                })
                .orElseGet(() -> new WithdrawalIgnored("no review of " + withdrawn.documentId())));
        if (outcome instanceof WithdrawalIgnored ignored) {
            // drafting and review raced (a reviewer decided first): drafting learns the real state from our events
            log.warn("Withdrawal of {} revision {} not applied: {}", withdrawn.documentId(), withdrawn.revision(),
                    ignored.reason());
        }
        return outcome;
    }
}
