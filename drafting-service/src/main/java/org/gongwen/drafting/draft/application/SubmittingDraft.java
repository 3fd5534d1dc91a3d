package org.gongwen.drafting.draft.application;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.gongwen.drafting.draft.domain.Correcting;
import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.drafting.draft.domain.Outcome;
import org.gongwen.drafting.format.domain.FormatChecker;
import org.gongwen.kernel.Transactions;
import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.events.Corrects;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DraftSubmitted;
import org.gongwen.events.DraftWithdrawn;
import org.gongwen.events.GongwenEvent;

/** 送审 and 撤回: the draft changes hands, and review-service learns of it in the same transaction. */
public final class SubmittingDraft {

    private final Drafts drafts;
    private final Transactions transactions;
    private final DraftEvents events;
    private final FormatChecker checker;
    private final ContentHasher hasher;
    private final Supplier<Instant> now;

    public SubmittingDraft(Drafts drafts, Transactions transactions, DraftEvents events, FormatChecker checker,
                           ContentHasher hasher, Supplier<Instant> now) {
        this.drafts = drafts;
        this.transactions = transactions;
        this.events = events;
        this.checker = checker;
        this.hasher = hasher;
        this.now = now;
    }

    public Result<Draft> submit(UUID id, Actor drafter) {
        return change(id, draft -> draft.submit(drafter, checker.check(draft.content()), now.get()),
                submitted -> new DraftSubmitted(submitted.id().toString(), submitted.revision(), submitted.drafter(),
                        submitted.content(), hasher.of(submitted.content()), submitted.updatedAt()));
    }

    /**
     * 更正 after 签发: the changed content is the next revision, submitted at once to the original signer
     * (CORRECTION-1..7 in {@link Correcting}); the saved version keeps the changed content like any save.
     */
    public Result<Draft> correct(UUID id, Actor by, Function<DocumentContent, DocumentContent> changes, String reason) {
        return change(id, draft -> {
            DocumentContent changed = changes.apply(draft.content());
            Outcome outcome = Correcting.correct(draft, by, changed, reason, checker.check(changed), now.get());
            if (outcome instanceof Outcome.Accepted accepted) {
                drafts.saveVersion(SavedVersion.of(accepted.draft(), by.username(), hasher));
            }
            return outcome;
        }, corrected -> new DraftSubmitted(corrected.id().toString(), corrected.revision(), corrected.drafter(),
                corrected.content(), hasher.of(corrected.content()), corrected.updatedAt(),
                new Corrects(corrected.correction().issuedRevision(), corrected.documentNumber(), corrected.signer(),
                        corrected.correction().reason())));
    }

    public Result<Draft> withdraw(UUID id, Actor drafter) {
        return change(id, draft -> draft.withdraw(drafter, now.get()),
                withdrawn -> new DraftWithdrawn(withdrawn.id().toString(), withdrawn.revision(), withdrawn.drafter(),
                        withdrawn.updatedAt()));
    }

    private Result<Draft> change(UUID id, Function<Draft, Outcome> step, Function<Draft, GongwenEvent> announcement) {
        return transactions.inTransaction(() -> drafts.lock(id)
                .map(draft -> {
                    Outcome outcome = step.apply(draft);
                    if (outcome instanceof Outcome.Accepted accepted) {
                        drafts.update(accepted.draft());
                        Draft d = accepted.draft();
                        if (d.revision() > draft.revision()) {
                            drafts.recordSubmission(new Submission(d.id(), d.revision(), d.version(),
                                    hasher.of(d.content()), d.updatedAt()));
                        }
                        events.publish(announcement.apply(accepted.draft()));
                    }
                    return Result.of(outcome);
                })
                .orElseGet(() -> Result.refused(Result.notFound())));
    }
}
