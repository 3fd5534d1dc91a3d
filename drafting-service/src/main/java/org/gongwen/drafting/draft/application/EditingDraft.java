package org.gongwen.drafting.draft.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.gongwen.drafting.attachment.application.AttachmentFiles;
import org.gongwen.drafting.attachment.domain.AttachmentLimits;
import org.gongwen.drafting.attachment.domain.StoredFile;
import org.gongwen.drafting.draft.domain.AttachmentList;
import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.drafting.draft.domain.DraftInputRules;
import org.gongwen.drafting.draft.domain.Outcome;
import org.gongwen.kernel.Transactions;
import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.kernel.Refusal;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.events.DocumentContent;
import org.jspecify.annotations.Nullable;

/** 修改: the drafter saves a new version against the version they read. */
public final class EditingDraft {

    private final Drafts drafts;
    private final Transactions transactions;
    private final AttachmentFiles files;
    private final AttachmentLimits limits;
    private final ContentHasher hasher;
    private final Supplier<Instant> now;

    public EditingDraft(Drafts drafts, Transactions transactions, AttachmentFiles files, AttachmentLimits limits,
                        ContentHasher hasher, Supplier<Instant> now) {
        this.drafts = drafts;
        this.transactions = transactions;
        this.files = files;
        this.limits = limits;
        this.hasher = hasher;
        this.now = now;
    }

    public Result<Draft> edit(UUID id, Actor editor, DocumentContent content, @Nullable Long expectedVersion) {
        return transactions.inTransaction(() -> drafts.lock(id)
                .map(draft -> {
                    Outcome outcome = withFiles(draft, editor, expectedVersion, content);
                    if (outcome instanceof Outcome.Accepted accepted) {
                        drafts.update(accepted.draft());
                        drafts.saveVersion(SavedVersion.of(accepted.draft(), editor.username(), hasher));
                    }
                    return Result.of(outcome);
                })
                .orElseGet(() -> Result.refused(Result.notFound())));
    }

    /** The 附件说明 may keep, re-order or drop the draft's uploaded files (by hash), never invent one. */
    private Outcome withFiles(Draft draft, Actor editor, @Nullable Long expectedVersion, DocumentContent content) {
        Optional<Refusal> notNow = draft.editableBy(editor, expectedVersion);
        if (notNow.isPresent()) {
            return Outcome.refused(notNow.get());
        }
        Map<String, StoredFile> stored = files.ofDraft(draft.id());
        List<RuleViolation> unknown = AttachmentList.unknownFiles(content, stored);
        if (!unknown.isEmpty()) {
            return Outcome.refused(DraftInputRules.invalid(unknown));
        }
        DocumentContent resolved = AttachmentList.withStoredFiles(content, stored);
        return limits.draft(resolved).map(Outcome::refused)
                .orElseGet(() -> draft.edit(resolved, editor, expectedVersion, now.get()));
    }
}
