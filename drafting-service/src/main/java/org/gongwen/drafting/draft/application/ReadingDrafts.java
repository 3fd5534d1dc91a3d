package org.gongwen.drafting.draft.application;

import java.util.List;
import java.util.UUID;

import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.drafting.draft.domain.DraftStatus;
import org.gongwen.drafting.format.domain.FormatChecker;
import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.kernel.RuleViolation;

/**
 * Reading a draft (drafter, its reviewers, auditors; a draft above the reader's clearance is unknown to them), listing
 * one's own, and checking one against the format rules.
 */
public final class ReadingDrafts {

    private final Drafts drafts;
    private final FormatChecker checker;

    public ReadingDrafts(Drafts drafts, FormatChecker checker) {
        this.drafts = drafts;
        this.checker = checker;
    }

    public Result<Draft> get(UUID id, Actor reader) {
        return drafts.find(id)
                .filter(draft -> draft.visibleTo(reader))
                .map(draft -> draft.readableBy(reader) ? Result.ok(draft) : Result.<Draft>refused(Result.notReadable()))
                .orElseGet(() -> Result.refused(Result.notFound()));
    }

    public DraftPage mine(Actor drafter, DraftStatus status, int page, int size) {
        return drafts.byDrafter(drafter.username(), status, page, size);
    }

    /** The format findings of the draft as it is now; changes nothing. */
    public Result<List<RuleViolation>> check(UUID id, Actor drafter) {
        return drafts.find(id)
                .map(draft -> draft.isDrafter(drafter)
                        ? Result.ok(checker.check(draft.content()))
                        : Result.<List<RuleViolation>>refused(Result.notReadable()))
                .orElseGet(() -> Result.refused(Result.notFound()));
    }
}
