package org.gongwen.drafting.draft.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.gongwen.drafting.attachment.application.AttachmentFiles;
import org.gongwen.drafting.attachment.domain.AttachmentLimits;
import org.gongwen.drafting.attachment.domain.StoredFile;
import org.gongwen.drafting.draft.domain.AttachmentList;
import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.drafting.draft.domain.Outcome;
import org.gongwen.kernel.Transactions;
import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.kernel.Refusal;
import org.jspecify.annotations.Nullable;

/** 附件: the drafter uploads, replaces and removes attachment files; each change is a new version of the draft. */
public final class ChangingAttachments {

    private final Drafts drafts;
    private final AttachmentFiles files;
    private final Transactions transactions;
    private final AttachmentLimits limits;
    private final ContentHasher hasher;
    private final Supplier<Instant> now;

    public ChangingAttachments(Drafts drafts, AttachmentFiles files, Transactions transactions,
                               AttachmentLimits limits, ContentHasher hasher, Supplier<Instant> now) {
        this.drafts = drafts;
        this.files = files;
        this.transactions = transactions;
        this.limits = limits;
        this.hasher = hasher;
        this.now = now;
    }

    /** A file as uploaded: the client's file name, the 附件名称 if given, and the bytes. */
    public record Upload(@Nullable String filename, @Nullable String name, byte[] bytes) {

        String attachmentName() {
            return name == null || name.isBlank() ? AttachmentList.nameFrom(filename) : name.strip();
        }
    }

    /** The draft after an upload, and the number (1-based) of the entry the file went to. */
    public record Attached(Draft draft, int number) {
    }

    public Result<Attached> attach(UUID id, Actor by, @Nullable Long expectedVersion, Upload upload) {
        String name = upload.attachmentName();
        int[] slot = {0};
        Result<Draft> result = withFile(id, by, expectedVersion, upload, (draft, file, at) -> {
            slot[0] = AttachmentList.slotFor(draft.content(), name);
            return AttachmentList.attach(draft, by, expectedVersion, name, file, limits, at);
        });
        return result instanceof Result.Ok<Draft> ok ? Result.ok(new Attached(ok.value(), slot[0] + 1))
                : Result.refused(((Result.Refused<Draft>) result).refusal());
    }

    /** A new file for entry {@code number}; it keeps its 附件名称 unless the upload names it anew. */
    public Result<Draft> replace(UUID id, Actor by, @Nullable Long expectedVersion, int number, Upload upload) {
        boolean renamed = upload.name() != null && !upload.name().isBlank();
        return withFile(id, by, expectedVersion, upload, (draft, file, at) -> renamed
                ? AttachmentList.replaceAndRename(draft, by, expectedVersion, number, upload.name().strip(), file,
                        limits, at)
                : AttachmentList.replaceFile(draft, by, expectedVersion, number, file, limits, at));
    }

    public Result<Draft> remove(UUID id, Actor by, @Nullable Long expectedVersion, int number) {
        return transactions.inTransaction(() -> drafts.lock(id)
                .map(draft -> saved(AttachmentList.remove(draft, by, expectedVersion, number, limits, now.get()), by))
                .orElseGet(() -> Result.refused(Result.notFound())));
    }

    private interface Change {
        Outcome apply(Draft draft, StoredFile file, Instant at);
    }

    /**
     * Who may change the draft is decided before anything about the file, so a stranger's upload is a 403 and
     * not a 415; the bytes are stored in the same transaction as the version that lists them.
     */
    private Result<Draft> withFile(UUID id, Actor by, @Nullable Long expectedVersion, Upload upload, Change change) {
        Optional<StoredFile> sniffed = StoredFile.of(upload.bytes());
        return transactions.inTransaction(() -> drafts.lock(id).map(draft -> {
            Optional<Refusal> refused = draft.editableBy(by, expectedVersion)
                    .or(() -> limits.file(upload.bytes().length))
                    .or(() -> sniffed.isEmpty() ? Optional.of(unsupportedType()) : Optional.empty());
            if (refused.isPresent()) {
                return Result.<Draft>refused(refused.get());
            }
            Instant at = now.get();
            Outcome outcome = change.apply(draft, sniffed.get(), at);
            if (outcome instanceof Outcome.Accepted) {
                files.store(id, sniffed.get(), upload.bytes(), upload.filename(), by.username(), at);
            }
            return saved(outcome, by);
        }).orElseGet(() -> Result.refused(Result.notFound())));
    }

    private Result<Draft> saved(Outcome outcome, Actor by) {
        if (outcome instanceof Outcome.Accepted accepted) {
            drafts.update(accepted.draft());
            drafts.saveVersion(SavedVersion.of(accepted.draft(), by.username(), hasher));
        }
        return Result.of(outcome);
    }

    static Refusal unsupportedType() {
        return Refusal.of(Refusal.Kind.UNSUPPORTED_TYPE, "unsupported-attachment-type",
                "不支持的附件类型：仅接受 PDF、OFD、Word/Excel/PowerPoint（OOXML）、ZIP、PNG、JPEG 和 UTF-8 纯文本（按文件内容识别）。",
                "Unsupported attachment: only PDF, OFD, OOXML (docx/xlsx/pptx), ZIP, PNG, JPEG and UTF-8 plain text are"
                        + " accepted, recognised from the bytes.");
    }
}
