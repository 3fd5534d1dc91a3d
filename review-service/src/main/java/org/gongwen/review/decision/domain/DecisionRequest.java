package org.gongwen.review.decision.domain;

import org.jspecify.annotations.Nullable;

/**
 * A reviewer's decision as asked for: who, what, why, on which revision and (if given) which content hash they
 * read. {@code returnToLevel} is where a RETURN goes: null or 0 = the drafter, else an earlier level that approved.
 */
public record DecisionRequest(String username, Decision decision, @Nullable String opinion, int revision,
                              @Nullable String contentHash, @Nullable Integer returnToLevel, boolean renumber) {

    /** {@code renumber}: the signer of a 更正 issues it under a fresh 文号 instead of the corrected one's. */
    public DecisionRequest(String username, Decision decision, @Nullable String opinion, int revision,
                           @Nullable String contentHash, @Nullable Integer returnToLevel) {
        this(username, decision, opinion, revision, contentHash, returnToLevel, false);
    }

    public DecisionRequest(String username, Decision decision, String opinion, int revision) {
        this(username, decision, opinion, revision, null, null);
    }
}
