package org.gongwen.archive.accession.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.gongwen.archive.shared.application.ArchivedAttachments;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Attachment files on PostgreSQL (bytea, append-only: V7). */
class JdbcAttachments implements ArchivedAttachments {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcAttachments(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    @Override
    public void add(String documentId, List<Stored> files) {
        if (files.isEmpty()) {
            return;
        }
        var now = Instant.now().atOffset(ZoneOffset.UTC);
        named.batchUpdate("""
                        INSERT INTO archive_attachments (document_id, position, name, sha256, size, content_type, data,
                            stored_at) VALUES (:d, :p, :n, :h, :s, :t, :data, :at)""",
                files.stream().map(f -> new MapSqlParameterSource().addValue("d", documentId)
                        .addValue("p", f.position()).addValue("n", f.name()).addValue("h", f.sha256())
                        .addValue("s", f.size()).addValue("t", f.contentType()).addValue("data", f.data())
                        .addValue("at", now)).toArray(MapSqlParameterSource[]::new));
    }

    @Override
    public List<Stored> of(String documentId) {
        return jdbc.sql("SELECT position, name, sha256, size, content_type, data FROM archive_attachments"
                        + " WHERE document_id = :d ORDER BY position")
                .param("d", documentId)
                .query((rs, n) -> new Stored(rs.getInt("position"), rs.getString("name"), rs.getString("sha256"),
                        rs.getLong("size"), rs.getString("content_type"), rs.getBytes("data")))
                .list();
    }
}
