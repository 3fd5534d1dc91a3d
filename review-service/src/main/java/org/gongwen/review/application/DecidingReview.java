package org.gongwen.review.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.gongwen.review.domain.DecisionRequest;
import org.gongwen.review.domain.IssueNumbers;
import org.gongwen.review.domain.Outcomes.Decided;
import org.gongwen.review.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.domain.Outcomes.Refused;
import org.gongwen.review.domain.Refusal;
import org.gongwen.review.domain.ReviewDeadlines;
import org.gongwen.review.domain.Signing;

/**
 * A reviewer decides on the current step. The review row stays locked from reading to commit, so of two
 * concurrent decisions the second sees the first's result; the 文号 counter is bumped in the same transaction.
 */
public class DecidingReview {

    private final Reviews reviews;
    private final Organisation organisation;
    private final IssueNumbers numbers;
    private final ReviewEvents events;
    private final Transactions tx;
    private final ReviewDeadlines deadlines;
    private final Clock clock;

    public DecidingReview(Reviews reviews, Organisation organisation, IssueNumbers numbers, ReviewEvents events,
                          Transactions tx, ReviewDeadlines deadlines, Clock clock) {
        this.reviews = reviews;
        this.organisation = organisation;
        this.numbers = numbers;
        this.events = events;
        this.tx = tx;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public DecisionOutcome decide(String documentId, DecisionRequest request) {
        return tx.inTransaction(() -> reviews.lock(documentId)
                .<DecisionOutcome>map(review -> {
                    Signing signing = new Signing(now(), deadlines, organisation.current().agencyCode(),
                            numbers);
                    DecisionOutcome outcome = review.decide(request, signing);
                    if (outcome instanceof Decided decided) {
                        reviews.save(decided.review());
                        events.publish(decided.event());
                    }
                    return outcome;
                })
                .orElseGet(() -> new Refused(Refusal.notFound(documentId))));
    }

    /** PostgreSQL keeps microseconds: events must carry the same instants the trail later reads back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
