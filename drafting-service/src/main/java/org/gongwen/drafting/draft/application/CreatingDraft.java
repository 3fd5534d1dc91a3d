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
import org.gongwen.drafting.draft.domain.ReplyTo;
import org.gongwen.kernel.Transactions;
import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DraftReplyStarted;
import org.jspecify.annotations.Nullable;

/**
 * 拟稿: anyone signed in may start a draft; it is saved as version 1. A reply to a 收文 is announced
 * (draft.reply-started) in the same transaction, so registry-service learns of it before any submission.
 */
public final class CreatingDraft {

    private final Drafts drafts;
    private final Transactions transactions;
    private final ContentHasher hasher;
    private final DraftEvents events;
    private final Supplier<Instant> now;

    public CreatingDraft(Drafts drafts, Transactions transactions, ContentHasher hasher, DraftEvents events,
                         Supplier<Instant> now) {
        this.drafts = drafts;
        this.transactions = transactions;
        this.hasher = hasher;
        this.events = events;
        this.now = now;
    }

    public Result<Draft> create(Actor drafter, DocumentContent content) {
        return create(drafter, content, null);
    }

    public Result<Draft> create(Actor drafter, DocumentContent content, @Nullable ReplyTo inReplyTo) {
        // a new draft has no uploaded files yet: an attachment entry may name one but not claim its hash
        List<RuleViolation> unknown = AttachmentList.unknownFiles(content, Map.of());
        Outcome outcome = unknown.isEmpty() ? Draft.create(UUID.randomUUID(), content, drafter, inReplyTo,
                now.get())
                : Outcome.refused(DraftInputRules.invalid(unknown));
        if (outcome instanceof Outcome.Accepted accepted) {
            transactions.inTransaction(() -> {
                drafts.insert(accepted.draft());
                drafts.saveVersion(SavedVersion.of(accepted.draft(), drafter.username(), hasher));
                announceReply(accepted.draft(), drafter);
                return null;
            });
        }
        return Result.of(outcome);
    }

    private void announceReply(Draft draft, Actor drafter) {
        ReplyTo link = draft.inReplyTo();
        if (link != null) {
            events.publish(new DraftReplyStarted(draft.id().toString(), draft.revision(), draft.drafter(),
                    drafter.clearance().isEmpty() ? null : drafter.clearance(),
                    new DraftReplyStarted.InReplyTo(link.incomingId().toString(), link.receiptNumber()),
                    draft.content().title() == null ? "" : draft.content().title(), draft.createdAt()));
        }
    }
}
