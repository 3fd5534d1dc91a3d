package org.gongwen.archive.accession.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongwen.archive.shared.application.ArchivedAttachments;
import org.gongwen.kernel.Refusal;
import org.gongwen.archive.verifier.ArchivalPackage;
import org.gongwen.events.AttachmentRef;

/**
 * Fetches the files of a document's attachments and verifies each against the SHA-256 (and size) the signed
 * content names: the archive keeps only the bytes that were reviewed and signed (reference.md §3.2: body and
 * attachments are one 件; §3.5 真实性: verify hashes). An attachment without a file (a v1 附件说明 entry) has
 * nothing to fetch.
 */
final class AttachmentFiles {

    sealed interface AttachmentFetch permits Fetched, Refused {
    }

    record Fetched(List<ArchivedAttachments.Stored> files) implements AttachmentFetch {
    }

    record Refused(Refusal refusal) implements AttachmentFetch {
    }

    private AttachmentFiles() {
    }

    static AttachmentFetch fetch(List<AttachmentRef> refs, AttachmentSource source) {
        List<ArchivedAttachments.Stored> files = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            AttachmentRef ref = refs.get(i);
            if (!ref.hasFile()) {
                continue;
            }
            String expected = ref.sha256().toLowerCase(java.util.Locale.ROOT);
            Optional<AttachmentSource.Fetched> fetched = source.fetch(expected);
            if (fetched.isEmpty()) {
                return new Refused(Refusal.of(Refusal.Kind.NOT_FOUND, "attachment-not-found",
                        "起草服务中没有附件“" + ref.name() + "”（" + expected + "）",
                        "drafting has no file for attachment '" + ref.name() + "' (" + expected + ")"));
            }
            byte[] data = fetched.get().data();
            String actual = ArchivalPackage.sha256Hex(data);
            if (!actual.equals(expected) || (ref.size() != null && ref.size() != data.length)) {
                return new Refused(Refusal.conflict("attachment-hash-mismatch",
                        "附件“" + ref.name() + "”的哈希或大小与签发内容不符：应为 " + expected + "，实为 " + actual,
                        "attachment '" + ref.name() + "' does not match the signed content: "
                        + "expected " + expected + " (" + ref.size() + " bytes), got " + actual + " (" + data.length
                        + " bytes)"));
            }
            String type = ref.contentType() != null ? ref.contentType() : fetched.get().contentType();
            files.add(new ArchivedAttachments.Stored(i + 1, ref.name(), expected, data.length, type, data));
        }
        return new Fetched(files);
    }
}
