package org.gongwen.archive.rendering.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.gongwen.archive.log.persistence.LeafEncoding;
import org.gongwen.archive.rendering.application.StoredRenditions;
import org.gongwen.archive.shared.domain.RenditionFiles;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Renditions on PostgreSQL (V11 {@code archive_renditions}: bytea, append-only like the record). */
class JdbcRenditions implements StoredRenditions {

    private static final String FILES = "document_id, pdf_sha256, length(pdf) AS pdf_size, ofd_sha256,"
            + " length(ofd) AS ofd_size, page_count, rendered_at";

    private final JdbcClient jdbc;

    JdbcRenditions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(RenditionFiles files, byte[] pdf, byte[] ofd) {
        jdbc.sql("""
                        INSERT INTO archive_renditions (document_id, pdf, pdf_sha256, ofd, ofd_sha256, page_count,
                            rendered_at) VALUES (:d, :pdf, :pdfHash, :ofd, :ofdHash, :pages, :at)""")
                .param("d", files.documentId()).param("pdf", pdf).param("pdfHash", files.pdfSha256())
                .param("ofd", ofd).param("ofdHash", files.ofdSha256()).param("pages", files.pageCount())
                .param("at", files.renderedAt().atOffset(ZoneOffset.UTC)).update();
    }

    @Override
    public boolean exists(String documentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM archive_renditions WHERE document_id = :d)")
                .param("d", documentId).query(Boolean.class).single();
    }

    @Override
    public Optional<Stored> of(String documentId) {
        return jdbc.sql("SELECT " + FILES + ", pdf, ofd FROM archive_renditions WHERE document_id = :d")
                .param("d", documentId)
                .query((rs, n) -> new Stored(files(rs, n), rs.getBytes("pdf"), rs.getBytes("ofd"))).optional();
    }

    @Override
    public Optional<RenditionFiles> filesOf(String documentId) {
        return jdbc.sql("SELECT " + FILES + " FROM archive_renditions WHERE document_id = :d")
                .param("d", documentId).query(JdbcRenditions::files).optional();
    }

    @Override
    public byte[] leafOf(RenditionFiles files) {
        return LeafEncoding.of(files);
    }

    private static RenditionFiles files(ResultSet rs, int row) throws SQLException {
        return new RenditionFiles(rs.getString("document_id"), rs.getString("pdf_sha256"), rs.getLong("pdf_size"),
                rs.getString("ofd_sha256"), rs.getLong("ofd_size"), rs.getInt("page_count"),
                rs.getObject("rendered_at", OffsetDateTime.class).toInstant());
    }
}
