package org.gongwen.drafting.draft.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.gongwen.drafting.attachment.domain.AttachmentLimits;
import org.gongwen.drafting.attachment.domain.StoredFile;
import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.drafting.draft.domain.Outcome;
import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.kernel.Refusal;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;
import org.jspecify.annotations.Nullable;

/**
 * Changing a draft's 附件说明 together with its files. Each change is a save like any edit — same checks
 * (drafter, If-Match, DRAFT/RETURNED, input rules), a new version — so adding, replacing and removing a file
 * leave their 痕迹 and older versions keep pointing at the files they had.
 */
public final class AttachmentList {

    private AttachmentList() {
    }

    /**
     * Adds a file. Where the 附件说明 already names an attachment of that name still waiting for its file, the
     * file fills that entry (write the note first, then upload — GB-ATT-2); otherwise it becomes the last entry.
     */
    public static Outcome attach(Draft draft, Actor by, @Nullable Long expectedVersion, String name, StoredFile file,
                                 AttachmentLimits limits, Instant now) {
        List<AttachmentRef> entries = new ArrayList<>(draft.content().attachments());
        int slot = slotFor(draft.content(), name);
        if (slot < entries.size()) {
            entries.set(slot, file.as(name));
        } else {
            entries.add(file.as(name));
        }
        return save(draft, by, expectedVersion, entries, limits, now);
    }

    /** Where {@link #attach} puts a file of that name: the first entry waiting for it, else after the last. */
    public static int slotFor(DocumentContent content, String name) {
        List<AttachmentRef> entries = content.attachments();
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).hasFile() && name.equals(strip(entries.get(i).name()))) {
                return i;
            }
        }
        return entries.size();
    }

    /** Gives entry {@code number} (1-based, as the 附件说明 numbers it) a new file under the name it has. */
    public static Outcome replaceFile(Draft draft, Actor by, @Nullable Long expectedVersion, int number,
                                      StoredFile file, AttachmentLimits limits, Instant now) {
        return replace(draft, by, expectedVersion, number, entry -> file.as(entry.name()), limits, now);
    }

    /** Gives entry {@code number} (1-based) a new file and a new name. */
    public static Outcome replaceAndRename(Draft draft, Actor by, @Nullable Long expectedVersion, int number,
                                           String name, StoredFile file, AttachmentLimits limits, Instant now) {
        return replace(draft, by, expectedVersion, number, entry -> file.as(name), limits, now);
    }

    private static Outcome replace(Draft draft, Actor by, @Nullable Long expectedVersion, int number,
                                   UnaryOperator<AttachmentRef> replacement, AttachmentLimits limits, Instant now) {
        return entry(draft, by, expectedVersion, number).map(Outcome::refused).orElseGet(() -> {
            List<AttachmentRef> entries = new ArrayList<>(draft.content().attachments());
            entries.set(number - 1, replacement.apply(entries.get(number - 1)));
            return save(draft, by, expectedVersion, entries, limits, now);
        });
    }

    /** Removes entry {@code number}; the later ones move up. The file stays stored for the versions that list it. */
    public static Outcome remove(Draft draft, Actor by, @Nullable Long expectedVersion, int number,
                                 AttachmentLimits limits, Instant now) {
        return entry(draft, by, expectedVersion, number).map(Outcome::refused).orElseGet(() -> {
            List<AttachmentRef> entries = new ArrayList<>(draft.content().attachments());
            entries.remove(number - 1);
            return save(draft, by, expectedVersion, entries, limits, now);
        });
    }

    /** The 附件名称 an upload gets when none is given: the file name without folders and extension. */
    public static String nameFrom(@Nullable String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        name = (dot > 0 ? name.substring(0, dot) : name).strip();
        return name.isEmpty() ? "附件" : name;
    }

    public static Refusal noSuchAttachment(int number) {
        return Refusal.of(Refusal.Kind.NOT_FOUND, "attachment-not-found", "附件 " + number + " 不存在。",
                "There is no attachment " + number + ".");
    }

    /** Who may change it is asked before whether the entry exists: a stranger learns nothing about the list. */
    private static Optional<Refusal> entry(Draft draft, Actor by, @Nullable Long expectedVersion, int number) {
        Optional<Refusal> notNow = draft.editableBy(by, expectedVersion);
        if (notNow.isPresent()) {
            return notNow;
        }
        return number >= 1 && number <= draft.content().attachments().size()
                ? Optional.empty() : Optional.of(noSuchAttachment(number));
    }

    private static Outcome save(Draft draft, Actor by, @Nullable Long expectedVersion, List<AttachmentRef> entries,
                                AttachmentLimits limits, Instant now) {
        DocumentContent c = draft.content();
        DocumentContent changed = new DocumentContent(c.docType(), c.title(), c.mainRecipients(),
                c.copyRecipients(), c.body(), c.urgency(), c.classification(), c.classificationPeriodYears(),
                c.direction(), entries, c.remarks(), c.copyNumber(), c.issuingOrgan(), c.coIssuers());
        Optional<Refusal> notNow = draft.editableBy(by, expectedVersion);
        if (notNow.isPresent()) {
            return Outcome.refused(notNow.get());
        }
        return limits.draft(changed).map(Outcome::refused)
                .orElseGet(() -> draft.edit(changed, by, expectedVersion, now));
    }

    /**
     * A saved content lists files only by hash; size and type are taken from the file as stored for this draft,
     * never from the client. A hash this draft has no file for is refused (field attachments[i].sha256), so a
     * draft cannot claim someone else's file or one that was never uploaded.
     */
    public static List<RuleViolation> unknownFiles(DocumentContent content, Map<String, StoredFile> stored) {
        List<RuleViolation> v = new ArrayList<>();
        for (int i = 0; i < content.attachments().size(); i++) {
            AttachmentRef a = content.attachments().get(i);
            if (a != null && a.hasFile() && !stored.containsKey(a.sha256())) {
                v.add(RuleViolation.error("field.attachment-file", "attachments[" + i + "].sha256",
                        "此公文没有该哈希值的附件文件，请先上传。",
                        "This draft has no uploaded file with that hash; upload it first."));
            }
        }
        return v;
    }

    /** The content with each listed hash completed from the stored file (see {@link #unknownFiles}). */
    public static DocumentContent withStoredFiles(DocumentContent c, Map<String, StoredFile> stored) {
        List<AttachmentRef> entries = c.attachments().stream()
                .map(a -> a != null && a.hasFile() && stored.containsKey(a.sha256())
                        ? stored.get(a.sha256()).as(a.name()) : a)
                .toList();
        return new DocumentContent(c.docType(), c.title(), c.mainRecipients(), c.copyRecipients(), c.body(),
                c.urgency(), c.classification(), c.classificationPeriodYears(), c.direction(), entries, c.remarks(),
                c.copyNumber(), c.issuingOrgan(), c.coIssuers());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
