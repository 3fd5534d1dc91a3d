package org.gongwen.drafting.attachment.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gongwen.drafting.attachment.domain.StoredFile;

/** Where attachment files are kept: by content (SHA-256), each linked to the drafts it was uploaded to. */
public interface AttachmentFiles {

    /** Stores the bytes unless a file with that hash is stored already, and links it to the draft. */
    void store(UUID draftId, StoredFile file, byte[] bytes, String filename, String uploadedBy, Instant at);

    /** The files uploaded to this draft, by hash. */
    Map<String, StoredFile> ofDraft(UUID draftId);

    Optional<FileContent> content(String sha256);

    /** A stored file and its bytes. */
    record FileContent(StoredFile file, byte[] bytes) {
    }
}
