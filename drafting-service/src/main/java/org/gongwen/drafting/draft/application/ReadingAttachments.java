package org.gongwen.drafting.draft.application;

import java.util.Optional;
import java.util.UUID;

import org.gongwen.drafting.attachment.application.AttachmentFiles;
import org.gongwen.drafting.draft.domain.AttachmentList;
import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.kernel.Refusal;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;

/** Downloading attachment files: by the draft's readers, by position; by a service, by hash. */
public final class ReadingAttachments {

    /** Role of service principals (archive-service); granted to no person. */
    public static final String SERVICE_ROLE = "SERVICE";

    private final Drafts drafts;
    private final AttachmentFiles files;
    private final ReadingDrafts reading;

    public ReadingAttachments(Drafts drafts, AttachmentFiles files, ReadingDrafts reading) {
        this.drafts = drafts;
        this.files = files;
        this.reading = reading;
    }

    /** A file with the 附件名称 it is listed under. */
    public record Download(String name, AttachmentFiles.FileContent content) {
    }

    /**
     * Attachment {@code number} (1-based, the 附件说明's numbering) of the current draft or, with {@code version},
     * of that saved version — the 痕迹 keeps every file a version listed.
     */
    public Result<Download> download(UUID id, int number, Long version, Actor reader) {
        Result<Draft> draft = reading.get(id, reader);
        if (draft instanceof Result.Refused<Draft> refused) {
            return Result.refused(refused.refusal());
        }
        Optional<DocumentContent> content = version == null
                ? Optional.of(((Result.Ok<Draft>) draft).value().content())
                : drafts.version(id, version).map(SavedVersion::content);
        if (content.isEmpty()) {
            return Result.refused(ReadingVersions.unknownVersion(version));
        }
        if (number < 1 || number > content.get().attachments().size()
                || !content.get().attachments().get(number - 1).hasFile()) {
            return Result.refused(AttachmentList.noSuchAttachment(number));
        }
        AttachmentRef entry = content.get().attachments().get(number - 1);
        return files.content(entry.sha256()).map(c -> Result.ok(new Download(entry.name(), c)))
                .orElseGet(() -> Result.refused(AttachmentList.noSuchAttachment(number)));
    }

    /** For archive-service: any stored file by its hash, to services only (role SERVICE). */
    public Result<AttachmentFiles.FileContent> forService(String sha256, Actor caller) {
        if (!caller.roles().contains(SERVICE_ROLE)) {
            return Result.refused(Refusal.of(Refusal.Kind.FORBIDDEN, "service-only",
                    "此接口仅供系统服务调用。", "Only service principals (role SERVICE) may call this."));
        }
        Optional<AttachmentFiles.FileContent> found = sha256 != null && sha256.matches("[0-9a-fA-F]{64}")
                ? files.content(sha256.toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
        return found.map(Result::ok).orElseGet(() -> Result.refused(Refusal.of(Refusal.Kind.NOT_FOUND,
                "attachment-not-found", "没有该哈希值的附件文件。", "No attachment file with that hash.")));
    }
}
