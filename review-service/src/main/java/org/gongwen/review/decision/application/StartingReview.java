package org.gongwen.review.decision.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.gongwen.events.Classification;
import org.gongwen.events.DraftSubmitted;
import org.gongwen.events.ReviewChainAssigned.ChainStep;
import org.gongwen.review.countersign.domain.Countersign;
import org.gongwen.review.countersign.domain.CountersignRule;
import org.gongwen.review.decision.domain.ChainPolicy.ChainOutcome;
import org.gongwen.review.decision.domain.ChainPolicy;
import org.gongwen.review.decision.domain.CorrectionReview;
import org.gongwen.review.decision.domain.Outcomes.Started;
import org.gongwen.review.decision.domain.Outcomes.SubmissionIgnored;
import org.gongwen.review.decision.domain.Outcomes.SubmissionOutcome;
import org.gongwen.review.decision.domain.Outcomes.SubmissionRefused;
import org.gongwen.review.decision.domain.Review;
import org.gongwen.review.decision.domain.SigningRules;
import org.gongwen.review.decision.domain.Submission;
import org.gongwen.review.organisation.application.Organisation;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.kernel.Transactions;
import org.gongwen.review.shared.domain.ReviewDeadlines;
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
    private final List<CountersignRule> countersignRules;
    private final SigningRules signingRules;

    public StartingReview(Reviews reviews, Organisation organisation, ReviewEvents events, Transactions tx,
                          ReviewDeadlines deadlines, Clock clock, List<CountersignRule> countersignRules,
                          SigningRules signingRules) {
        this.countersignRules = List.copyOf(countersignRules);
        this.signingRules = signingRules;
        this.reviews = reviews;
        this.organisation = organisation;
        this.events = events;
        this.tx = tx;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public SubmissionOutcome on(DraftSubmitted submitted) {
        SubmissionOutcome outcome = tx.inTransaction(() -> {
            Instant now = now();
            OrganisationChart org = organisation.current();
            // REVIEW-CLEARANCE-1: each level staffed by someone cleared for the 密级 (the holder, else the acting
            // person), or the submission is refused back to the drafter
            ChainOutcome chain = ChainPolicy.cleared(
                    ChainPolicy.build(submitted.drafter(), submitted.content(), org, signingRules),
                    submitted.drafter(), Classification.ofDocument(submitted.content().classification()), org,
                    organisation.actingFor(now));
            Submission submission = new Submission(submitted.documentId(), submitted.revision(), submitted.drafter(),
                    submitted.content(), submitted.contentHash(), submitted.submittedAt(), submitted.correction());
            if (submitted.correction() != null) {
                return correction(submission, now);
            }
            if (chain instanceof ChainOutcome.Unstaffable unstaffable) {
                // REVIEW-CLEARANCE-1 / REVIEW-CHAIN-2: back to the drafter with the reason, never left IN_REVIEW
                SubmissionOutcome refused = Review.refuse(reviews.lock(submitted.documentId()), submission,
                        unstaffable, now);
                if (refused instanceof SubmissionRefused r) {
                    events.publish(r.event());
                }
                return refused;
            }
            List<ChainStep> steps = ((ChainOutcome.Built) chain).steps();
            Countersign.Planned countersign = CountersignRule.requirementFor(countersignRules, submitted.content(),
                    org, submitted.drafter(), steps);
            if (countersign.refusal() != null) {
                // a rule the organisation cannot meet must not hold the document up: the reviewers can still ask
                log.warn("Configured 会签 for {} not applied: {}", submitted.documentId(), countersign.refusal().messageEn());
            }
            SubmissionOutcome result = Review.receive(reviews.lock(submitted.documentId()), submission,
                    steps, countersign.countersign(), now, deadlines);
            if (result instanceof Started started) {
                reviews.save(started.review());
                events.publish(started.event());
                started.moreEvents().forEach(events::publish);
            }
            return result;
        });
        if (outcome instanceof SubmissionRefused refused) {
            log.info("Submission of {} revision {} refused ({}): {}", submitted.documentId(), submitted.revision(),
                    refused.event().rule(), refused.event().reasonEn());
        }
        if (outcome instanceof SubmissionIgnored ignored) {
            log.warn("Submission of {} revision {} not applied: {}", submitted.documentId(), submitted.revision(),
                    ignored.reason());
        }
        return outcome;
    }

    /** A 更正: to the original signer only, one step (CorrectionReview); nothing issued here, nothing to correct. */
    private SubmissionOutcome correction(Submission submission, Instant now) {
        Optional<Review> stored = reviews.lock(submission.documentId());
        Optional<List<ChainStep>> chain = CorrectionReview.chainOf(stored);
        if (chain.isEmpty()) {
            return new SubmissionIgnored("revision " + submission.revision() + " corrects a document not issued here");
        }
        SubmissionOutcome result = Review.receive(stored, submission, chain.get(), null, now, deadlines);
        if (result instanceof Started started) {
            reviews.save(started.review());
            events.publish(started.event());
        }
        return result;
    }

    /** PostgreSQL keeps microseconds: events must carry the same instants the trail later reads back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
