package org.gongwen.drafting.draft.application;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.drafting.draft.domain.Outcome;
import org.gongwen.kernel.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a draft in step with what review and archive report. An event for a document drafting does not know, or
 * one the draft refuses (older revision, incompatible state), is logged and dropped: retrying cannot change it.
 */
public final class FollowingReview {

    private static final Logger log = LoggerFactory.getLogger(FollowingReview.class);

    private final Drafts drafts;
    private final Transactions transactions;

    public FollowingReview(Drafts drafts, Transactions transactions) {
        this.drafts = drafts;
        this.transactions = transactions;
    }

    /** @return whether the draft changed */
    public boolean apply(String documentId, String what, Function<Draft, Outcome> change) {
        Optional<UUID> id = parse(documentId);
        if (id.isEmpty()) {
            log.warn("Ignoring {} for {}: not a drafting document id", what, documentId);
            return false;
        }
        return transactions.inTransaction(() -> drafts.lock(id.get())
                .map(draft -> {
                    Outcome outcome = change.apply(draft);
                    if (outcome instanceof Outcome.Accepted accepted) {
                        drafts.update(accepted.draft());
                        return true;
                    }
                    log.info("Ignoring {} for draft {}: {}", what, documentId,
                            ((Outcome.Refused) outcome).refusal().messageEn());
                    return false;
                })
                .orElseGet(() -> {
                    log.info("Ignoring {} for unknown document {}", what, documentId);
                    return false;
                }));
    }

    private static Optional<UUID> parse(String documentId) {
        try {
            return Optional.of(UUID.fromString(documentId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
