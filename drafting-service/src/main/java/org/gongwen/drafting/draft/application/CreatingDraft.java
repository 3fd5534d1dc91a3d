package org.gongwen.drafting.draft.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.gongwen.drafting.draft.domain.AttachmentList;
import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.drafting.draft.domain.DraftInputRules;
import org.gongwen.drafting.draft.domain.Outcome;
import org.gongwen.kernel.Transactions;
import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.events.DocumentContent;

/** 拟稿: anyone signed in may start a draft; it is saved as version 1. */
public final class CreatingDraft {

    private final Drafts drafts;
    private final Transactions transactions;
    private final ContentHasher hasher;
    private final Supplier<Instant> now;

    public CreatingDraft(Drafts drafts, Transactions transactions, ContentHasher hasher, Supplier<Instant> now) {
        this.drafts = drafts;
        this.transactions = transactions;
        this.hasher = hasher;
        this.now = now;
    }

    public Result<Draft> create(Actor drafter, DocumentContent content) {
        // a new draft has no uploaded files yet: an attachment entry may name one but not claim its hash
        List<RuleViolation> unknown = AttachmentList.unknownFiles(content, Map.of());
        Outcome outcome = unknown.isEmpty() ? Draft.create(UUID.randomUUID(), content, drafter, now.get())
                : Outcome.refused(DraftInputRules.invalid(unknown));
        if (outcome instanceof Outcome.Accepted accepted) {
            transactions.inTransaction(() -> {
                drafts.insert(accepted.draft());
                drafts.saveVersion(SavedVersion.of(accepted.draft(), drafter.username(), hasher));
                return null;
            });
        }
        return Result.of(outcome);
    }
}
