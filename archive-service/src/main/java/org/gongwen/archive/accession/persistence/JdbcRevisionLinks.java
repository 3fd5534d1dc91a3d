package org.gongwen.archive.accession.persistence;

import static org.gongwen.archive.accession.persistence.RecordRows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.gongwen.archive.shared.application.RevisionLinks;
import org.gongwen.archive.shared.domain.RevisionLink;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link RevisionLinks} on PostgreSQL: INSERT and SELECT only, like the records (archive_seal, V12). */
class JdbcRevisionLinks implements RevisionLinks {

    private static final String SELECT = """
            SELECT l.document_id, l.record_id, l.revision, n.archive_no, l.corrects, l.corrects_revision,
                   o.archive_no AS corrects_archive_no, l.reason, l.linked_at
            FROM archive_revision_links l
            JOIN archive_records n ON n.document_id = l.record_id
            JOIN archive_records o ON o.document_id = l.corrects""";

    private final JdbcClient jdbc;

    JdbcRevisionLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String currentRecordOf(String documentId) {
        return jdbc.sql("""
                        SELECT COALESCE((SELECT record_id FROM archive_revision_links WHERE document_id = :id
                                         ORDER BY revision DESC LIMIT 1), :id)""")
                .param("id", documentId).query(String.class).single();
    }

    @Override
    public void add(RevisionLink link) {
        jdbc.sql("""
                        INSERT INTO archive_revision_links (record_id, corrects, document_id, revision, corrects_revision,
                            reason, linked_at)
                        VALUES (:recordId, :corrects, :documentId, :revision, :correctsRevision, :reason, :linkedAt)""")
                .param("recordId", link.recordId()).param("corrects", link.corrects())
                .param("documentId", link.documentId()).param("revision", link.revision())
                .param("correctsRevision", link.correctsRevision()).param("reason", link.reason())
                .param("linkedAt", utc(link.linkedAt())).update();
    }

    @Override
    public List<RevisionLink> touching(Collection<String> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE l.record_id IN (:ids) OR l.corrects IN (:ids)")
                .param("ids", List.copyOf(recordIds)).query(JdbcRevisionLinks::link).list();
    }

    @Override
    public List<RevisionLink> chainOf(String documentId) {
        return jdbc.sql(SELECT + " WHERE l.document_id = :id ORDER BY l.revision")
                .param("id", documentId).query(JdbcRevisionLinks::link).list();
    }

    private static RevisionLink link(ResultSet rs, int row) throws SQLException {
        return new RevisionLink(rs.getString("document_id"), rs.getString("record_id"), rs.getInt("revision"),
                rs.getString("archive_no"), rs.getString("corrects"), rs.getInt("corrects_revision"),
                rs.getString("corrects_archive_no"), rs.getString("reason"),
                rs.getObject("linked_at", OffsetDateTime.class).toInstant());
    }
}
