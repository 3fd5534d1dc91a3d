package org.gongwen.review.followup.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.gongwen.events.GongwenEvent;
import org.gongwen.review.decision.application.ReviewEvents;
import org.gongwen.review.decision.application.ReviewQueries;
import org.gongwen.review.decision.application.Reviews;
import org.gongwen.review.decision.domain.SigningRules;
import org.gongwen.review.followup.domain.FollowingUp.FollowUp;
import org.gongwen.review.followup.domain.FollowingUp;
import org.gongwen.review.followup.domain.Reminders;
import org.gongwen.review.organisation.application.Organisation;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.kernel.Transactions;

/**
 * Sends the reminders and escalations that are due. Safe with several instances: each batch claims its documents
 * with {@code FOR UPDATE SKIP LOCKED}, so two instances never work on the same document, and a document's state
 * says which reminders went out, so a rerun sends nothing twice.
 */
public class FollowingUpReviews {

    private static final int BATCH = 50;

    private final Reviews reviews;
    private final ReviewQueries queries;
    private final ReviewEvents events;
    private final Transactions tx;
    private final Reminders reminders;
    private final Clock clock;
    private final Organisation organisation;
    private final SigningRules signingRules;

    /** Escalation goes to the next level's holder in the organisation valid now (REVIEW-CHAIN-4). */
    public FollowingUpReviews(Reviews reviews, ReviewQueries queries, ReviewEvents events, Transactions tx,
                              Reminders reminders, Clock clock, Organisation organisation, SigningRules signingRules) {
        this.organisation = organisation;
        this.signingRules = signingRules;
        this.reviews = reviews;
        this.queries = queries;
        this.events = events;
        this.tx = tx;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Runs batches until nothing is due; returns how many events went out. */
    public int runDue() {
        int total = 0;
        while (true) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            int sent = tx.inTransaction(() -> {
                int count = 0;
                List<String> due = queries.claimDueFollowUps(now, BATCH);
                if (due.isEmpty()) {
                    return 0;
                }
                OrganisationChart org = organisation.at(now);
                for (String documentId : due) {
                    FollowUp result = FollowingUp.due(reviews.lock(documentId).orElseThrow(), now, reminders, org,
                            signingRules);
                    reviews.save(result.review());
                    for (GongwenEvent event : result.events()) {
                        events.publish(event);
                        count++;
                    }
                }
                return count;
            });
            total += sent;
            if (sent == 0) {
                return total;
            }
        }
    }
}
