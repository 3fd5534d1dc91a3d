package org.gongwen.review.decision.application;

import java.util.List;

import org.gongwen.kernel.Refusal;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.organisation.domain.OrganisationChart;

/**
 * 加签 and 减签 by the reviewer acting on the current step (REVIEW-ADHOC-*), on the locked review in the same
 * clearance-checked transaction as every other act on it ({@link DecidingReview#act}).
 */
public class ChangingReviewers {

    private final DecidingReview acts;

    public ChangingReviewers(DecidingReview acts) {
        this.acts = acts;
    }

    /** 加签 of {@code reviewer} right after the caller's current step, with the caller's {@code opinion}. */
    public DecisionOutcome add(String documentId, String clearance, String username, int revision, String reviewer,
                               String opinion) {
        return acts.act(documentId, username, clearance, (review, signing) -> review.addReviewer(username, revision,
                reviewer, opinion, signing));
    }

    /** 减签 of {@code reviewer}, added ad hoc and not yet reached, with the caller's {@code opinion}. */
    public DecisionOutcome remove(String documentId, String clearance, String username, int revision,
                                  String reviewer, String opinion) {
        return acts.act(documentId, username, clearance, (review, signing) -> review.removeReviewer(username,
                revision, reviewer, opinion, signing));
    }

    /** Whom the caller could add right now (none when they may not add anyone), or why there is nothing to show. */
    public Candidates candidates(String documentId, String clearance, String username) {
        // only someone entitled to read the review learns who could be added to it (as GET /api/reviews/{id})
        return acts.inspect(documentId, username, clearance, (review, signing) -> review.readableBy(username, false)
                        ? (Candidates) new Candidates.Found(review.reviewerCandidates(username, signing))
                        : new Candidates.Refused(NoReview.notReadable(documentId)))
                .orElseGet(() -> new Candidates.Refused(NoReview.notFound(documentId)));
    }

    /** The people the caller may add, or a refusal: 404 (no review, or above the caller's clearance), 403 (not a reader). */
    public sealed interface Candidates {

        record Found(List<OrganisationChart.Member> people) implements Candidates {
        }

        record Refused(Refusal refusal) implements Candidates {
        }
    }
}
