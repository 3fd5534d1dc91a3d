package org.gongwen.drafting.attachment.domain;

import java.util.Optional;

import org.gongwen.kernel.Refusal;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;

/**
 * How much a draft may carry: bytes per file and, over its distinct files, per draft. Both are configuration
 * (a 局 that scans 图纸 needs more than one that attaches 名单); beyond them the answer is 413.
 */
public record AttachmentLimits(long maxFileBytes, long maxDraftBytes) {

    public AttachmentLimits {
        if (maxFileBytes < 1 || maxDraftBytes < maxFileBytes) {
            throw new IllegalArgumentException("limits need 1 <= max-file-size <= max-draft-size");
        }
    }

    public Optional<Refusal> file(long size) {
        return size <= maxFileBytes ? Optional.empty() : Optional.of(fileTooLarge(maxFileBytes));
    }

    public static Refusal fileTooLarge(long limit) {
        return Refusal.of(Refusal.Kind.TOO_LARGE, "attachment-too-large",
                "附件文件超过上限（每个文件最多 " + limit + " 字节）。",
                "The file exceeds the limit of " + limit + " bytes per attachment.");
    }

    /** The same file listed twice is stored once, so it counts once. */
    public Optional<Refusal> draft(DocumentContent content) {
        long total = content.attachments().stream().filter(AttachmentRef::hasFile)
                .map(StoredFile::of).distinct().mapToLong(StoredFile::size).sum();
        return total <= maxDraftBytes ? Optional.empty() : Optional.of(Refusal.of(Refusal.Kind.TOO_LARGE,
                "attachments-too-large",
                "公文附件合计 " + total + " 字节，超过每件公文 " + maxDraftBytes + " 字节的上限。",
                "The draft's attachments total " + total + " bytes, above the limit of " + maxDraftBytes + " per draft."));
    }
}
