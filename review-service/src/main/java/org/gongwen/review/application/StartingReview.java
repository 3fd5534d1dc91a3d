package org.gongwen.review.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.gongwen.events.DraftSubmitted;
import org.gongwen.review.domain.ChainPolicy;
import org.gongwen.review.domain.ChainPolicy.ChainOutcome;
import org.gongwen.review.domain.Outcomes.Started;
import org.gongwen.review.domain.Outcomes.SubmissionIgnored;
import org.gongwen.review.domain.Outcomes.SubmissionOutcome;
import org.gongwen.review.domain.Review;
import org.gongwen.review.domain.ReviewDeadlines;
import org.gongwen.review.domain.Submission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** 送审 received: build the chain from the organisation as it stands and put level 1 in its reviewer's inbox. */
public class StartingReview {

    private static final Logger log = LoggerFactory.getLogger(StartingReview.class);

    private final Reviews reviews;
    private final Organisation organisation;
    private final ReviewEvents events;
    private final Transactions tx;
    private final ReviewDeadlines deadlines;
    private final Clock clock;

    public StartingReview(Reviews reviews, Organisation organisation, ReviewEvents events, Transactions tx,
                          ReviewDeadlines deadlines, Clock clock) {
        this.reviews = reviews;
        this.organisation = organisation;
        this.events = events;
        this.tx = tx;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public SubmissionOutcome on(DraftSubmitted submitted) {
        SubmissionOutcome outcome = tx.inTransaction(() -> {
            ChainOutcome chain = ChainPolicy.build(submitted.drafter(), organisation.current());
            if (chain instanceof ChainOutcome.Unstaffed unstaffed) {
                return new SubmissionIgnored(unstaffed.reason());
            }
            SubmissionOutcome result = Review.receive(reviews.lock(submitted.documentId()),
                    new Submission(submitted.documentId(), submitted.revision(), submitted.drafter(),
                            submitted.content(), submitted.contentHash(), submitted.submittedAt()),
                    ((ChainOutcome.Built) chain).steps(), now(), deadlines);
            if (result instanceof Started started) {
                reviews.save(started.review());
                events.publish(started.event());
            }
            return result;
        });
        if (outcome instanceof SubmissionIgnored ignored) {
            log.warn("Submission of {} revision {} not applied: {}", submitted.documentId(), submitted.revision(),
                    ignored.reason());
        }
        return outcome;
    }

    /** PostgreSQL keeps microseconds: events must carry the same instants the trail later reads back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
