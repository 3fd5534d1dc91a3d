package org.gongwen.events;

/**
 * One attachment listed in the 附件说明, in its order, and the stored file behind it: {@code sha256} (lowercase
 * hex of the file's bytes) lets archive-service fetch the file from drafting-service
 * ({@code GET /internal/attachments/{sha256}}) and verify it; {@code size} in bytes; {@code contentType} as
 * sniffed from the bytes, never as declared by the uploader. The file fields are null while the 附件说明 names
 * an attachment that has not been uploaded yet (such a draft cannot be submitted: GB-ATT-2).
 */
public record AttachmentRef(String name, String sha256, Long size, String contentType) {

    /** An entry of the 附件说明 without its file (the v1 shape before files were stored). */
    public AttachmentRef(String name) {
        this(name, null, null, null);
    }

    public boolean hasFile() {
        return sha256 != null;
    }
}
