package org.gongwen.review.decision.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gongwen.events.ReviewChainAssigned.ChainStep;

/**
 * 更正 after 签发 (条例 第二十五条: a substantive change to a signed document goes back to its original signer for
 * 复审): a correction's chain is one step, the signer of the issued document in the role they signed it in. The
 * signer is taken from the review's own issue, not from the submission. Ordinary submissions keep their full chain
 * (REVIEW-CHAIN-1).
 */
public final class CorrectionReview {

    private CorrectionReview() {
    }

    /** The one-step chain of a correction; empty when nothing of this document was issued here. */
    public static Optional<List<ChainStep>> chainOf(Optional<Review> stored) {
        if (stored.isEmpty() || stored.get().issue() == null) {
            return Optional.empty();
        }
        Review review = stored.get();
        String role = review.rounds().stream().filter(r -> r.status() == ReviewStatus.ISSUED)
                .reduce((first, second) -> second)
                .flatMap(r -> r.steps().stream().max(Comparator.comparingInt(Step::level)))
                .map(Step::role).orElse("CHIEF");
        return Optional.of(List.of(new ChainStep(1, role, review.issue().signer())));
    }
}
