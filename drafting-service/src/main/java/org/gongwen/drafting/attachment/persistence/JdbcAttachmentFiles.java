package org.gongwen.drafting.attachment.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gongwen.drafting.attachment.application.AttachmentFiles;
import org.gongwen.drafting.attachment.domain.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Files as bytea keyed by SHA-256 (V2): content-addressed, so the same bytes are stored once for all drafts. */
@Repository
class JdbcAttachmentFiles implements AttachmentFiles {

    private final JdbcClient jdbc;

    JdbcAttachmentFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** ON CONFLICT: a hash names its bytes, so a second upload of them (to any draft) has nothing to add. */
    @Override
    public void store(UUID draftId, StoredFile file, byte[] bytes, String filename, String uploadedBy, Instant at) {
        jdbc.sql("""
                        INSERT INTO attachment_files (sha256, size, content_type, bytes, stored_at)
                        VALUES (:sha256, :size, :type, :bytes, :at) ON CONFLICT (sha256) DO NOTHING""")
                .param("sha256", file.sha256()).param("size", file.size()).param("type", file.contentType())
                .param("bytes", bytes).param("at", Timestamp.from(at))
                .update();
        jdbc.sql("""
                        INSERT INTO draft_attachment_files (draft_id, sha256, filename, uploaded_by, uploaded_at)
                        VALUES (:draftId, :sha256, :filename, :by, :at) ON CONFLICT (draft_id, sha256) DO NOTHING""")
                .param("draftId", draftId).param("sha256", file.sha256())
                .param("filename", filename == null ? "" : filename).param("by", uploadedBy)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public Map<String, StoredFile> ofDraft(UUID draftId) {
        Map<String, StoredFile> files = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT f.sha256, f.size, f.content_type FROM draft_attachment_files d
                        JOIN attachment_files f ON f.sha256 = d.sha256 WHERE d.draft_id = :draftId ORDER BY d.uploaded_at""")
                .param("draftId", draftId)
                .query((rs, n) -> new StoredFile(rs.getString("sha256"), rs.getLong("size"), rs.getString("content_type")))
                .list().forEach(f -> files.put(f.sha256(), f));
        return files;
    }

    @Override
    public Optional<FileContent> content(String sha256) {
        return jdbc.sql("SELECT sha256, size, content_type, bytes FROM attachment_files WHERE sha256 = :sha256")
                .param("sha256", sha256)
                .query((rs, n) -> new FileContent(
                        new StoredFile(rs.getString("sha256"), rs.getLong("size"), rs.getString("content_type")),
                        rs.getBytes("bytes")))
                .optional();
    }
}
