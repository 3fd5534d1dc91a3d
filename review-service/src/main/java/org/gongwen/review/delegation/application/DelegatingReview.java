package org.gongwen.review.delegation.application;

import java.time.Instant;

import org.gongwen.review.decision.application.DecidingReview;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.delegation.domain.Delegating;

/**
 * 委派 / 转办 of the caller's current step, on the locked review in the same clearance-checked transaction as every
 * other act on it ({@link DecidingReview#act}).
 */
public class DelegatingReview {

    private final DecidingReview acts;

    public DelegatingReview(DecidingReview acts) {
        this.acts = acts;
    }

    /** 委派 / 转办 of the caller's current step to {@code to} until {@code until}; {@code to} cleared (REVIEW-DELEGATE-2). */
    public DecisionOutcome delegate(String documentId, String clearance, String username, int revision, String kind,
                                    String to, Instant until, String reason) {
        return acts.act(documentId, username, clearance, (review, signing) -> Delegating.delegate(review, username,
                revision, kind, signing.organisation().member(to).orElse(null), until, reason, signing.now()));
    }
}
