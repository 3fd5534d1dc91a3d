package org.gongwen.drafting.application;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.gongwen.drafting.domain.Actor;
import org.gongwen.drafting.domain.Draft;
import org.gongwen.drafting.domain.Outcome;
import org.gongwen.events.DocumentContent;

/** 修改: the drafter saves a new version against the version they read. */
public final class EditingDraft {

    private final Drafts drafts;
    private final Transactions transactions;
    private final Supplier<Instant> now;

    public EditingDraft(Drafts drafts, Transactions transactions, Supplier<Instant> now) {
        this.drafts = drafts;
        this.transactions = transactions;
        this.now = now;
    }

    public Result<Draft> edit(UUID id, Actor editor, DocumentContent content, Long expectedVersion) {
        return transactions.inTransaction(() -> drafts.lock(id)
                .map(draft -> {
                    Outcome outcome = draft.edit(content, editor, expectedVersion, now.get());
                    if (outcome instanceof Outcome.Accepted accepted) {
                        drafts.update(accepted.draft());
                        drafts.saveVersion(SavedVersion.of(accepted.draft(), editor.username()));
                    }
                    return Result.of(outcome);
                })
                .orElseGet(() -> Result.refused(Result.notFound())));
    }
}
