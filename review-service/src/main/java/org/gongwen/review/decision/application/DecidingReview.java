package org.gongwen.review.decision.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.gongwen.events.Classification;
import org.gongwen.review.countersign.domain.Countersigning;
import org.gongwen.review.decision.domain.DecisionRequest;
import org.gongwen.review.decision.domain.Outcomes.Decided;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.decision.domain.Outcomes.Refused;
import org.gongwen.review.decision.domain.Review;
import org.gongwen.review.decision.domain.Signing;
import org.gongwen.review.decision.domain.SigningRules;
import org.gongwen.review.numbering.domain.IssueNumbers;
import org.gongwen.review.numbering.domain.MinutesPeriods;
import org.gongwen.review.organisation.application.Organisation;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.kernel.Transactions;
import org.gongwen.kernel.Refusal;
import org.gongwen.review.shared.domain.ReviewDeadlines;

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
    private final SigningRules signingRules;
    private final MinutesPeriods minutesPeriods;

    /**
     * {@code signingRules} tell who holds the signing level when a later level is staffed anew; a 纪要 signed draws
     * its 期号 from {@code minutesPeriods}.
     */
    public DecidingReview(Reviews reviews, Organisation organisation, IssueNumbers numbers, ReviewEvents events,
                          Transactions tx, ReviewDeadlines deadlines, Clock clock, SigningRules signingRules,
                          MinutesPeriods minutesPeriods) {
        this.signingRules = signingRules;
        this.minutesPeriods = minutesPeriods;
        this.reviews = reviews;
        this.organisation = organisation;
        this.numbers = numbers;
        this.events = events;
        this.tx = tx;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Every act below is done by a caller of token clearance {@code clearance}: on a document their clearance does not
     * cover it is refused as if the document did not exist (404, REVIEW-CLEARANCE-3, 条例 第三十条), as reading it is.
     * The clearance used is the lower of the token's and the organisation's record of the caller (fail closed).
     */
    public DecisionOutcome decide(String documentId, String clearance, DecisionRequest request) {
        return act(documentId, request.username(), clearance, (review, signing) -> review.decide(request, signing));
    }

    /** 撤回 by the approver of the previous level (REVIEW-RECALL-1). */
    public DecisionOutcome recall(String documentId, String clearance, String username, int revision) {
        return act(documentId, username, clearance, (review, signing) -> review.recall(username, revision,
                signing));
    }

    /**
     * 会签 asked for by the drafter or the current reviewer: the heads of {@code units} under {@code rule}, each
     * cleared for the document (REVIEW-CLEARANCE-2).
     */
    public DecisionOutcome requestCountersign(String documentId, String clearance, String username, int revision,
                                              List<String> units, String rule, Integer required) {
        return act(documentId, username, clearance, (review, signing) -> Countersigning.request(review, username,
                revision, units, rule, required, signing.organisation(), signing.now()));
    }

    /**
     * Runs {@code action} on the locked review of {@code documentId} as {@code username} with token clearance
     * {@code clearance}: refused as not found when there is no review or the caller is not cleared for it
     * (REVIEW-CLEARANCE-3); a {@code Decided} outcome is saved and its events published in the same transaction.
     * The acts of other capabilities on a review (委派/转办, 催办) run through here too.
     */
    public DecisionOutcome act(String documentId, String username, String clearance,
                               BiFunction<Review, Signing, DecisionOutcome> action) {
        return tx.inTransaction(() -> reviews.lock(documentId)
                .<DecisionOutcome>map(review -> signingFor(review, username, clearance)
                        .<DecisionOutcome>map(signing -> {
                            DecisionOutcome outcome = action.apply(review, signing);
                            if (outcome instanceof Decided decided) {
                                reviews.save(decided.review());
                                events.publish(decided.event());
                                decided.moreEvents().forEach(events::publish);
                            }
                            return outcome;
                        })
                        .orElseGet(() -> new Refused(NoReview.notFound(documentId))))
                .orElseGet(() -> new Refused(NoReview.notFound(documentId))));
    }

    /**
     * What {@code query} makes of the review of {@code documentId} as {@code username} could act on it now, without
     * locking or changing it; empty when there is no review or the caller is not cleared for it (REVIEW-CLEARANCE-3).
     */
    public <T> Optional<T> inspect(String documentId, String username, String clearance,
                                   BiFunction<Review, Signing, T> query) {
        return tx.inTransaction(() -> reviews.find(documentId)
                .flatMap(review -> signingFor(review, username, clearance)
                        .map(signing -> query.apply(review, signing))));
    }

    /**
     * The organisation and the rest of an act's context at this instant, or empty when the caller's clearance — the
     * lower of the token's and the organisation's record of them (fail closed) — does not cover the document.
     */
    private Optional<Signing> signingFor(Review review, String username, String clearance) {
        Instant now = now();
        // the organisation as it stands at this instant staffs any level assigned now (REVIEW-CHAIN-4)
        OrganisationChart org = organisation.at(now);
        Classification cleared = Classification.ofClearance(clearance);
        Classification recorded = org.member(username)
                .map(m -> Classification.ofClearance(m.clearance())).orElse(cleared);
        if (!cleared.covers(review.classification()) || !recorded.covers(review.classification())) {
            return Optional.empty();
        }
        return Optional.of(new Signing(now, deadlines, org.agencyCode(), numbers, organisation.actingFor(now), org,
                signingRules, minutesPeriods));
    }

    /** PostgreSQL keeps microseconds: events must carry the same instants the trail later reads back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
