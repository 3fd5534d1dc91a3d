package org.gongwen.archive.amendment.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.gongwen.archive.shared.application.Amendments;
import org.gongwen.archive.shared.domain.CorrectableField;
import org.gongwen.archive.shared.domain.Correction;
import org.gongwen.archive.shared.domain.LegalHold;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Corrections and legal holds on PostgreSQL: INSERT and SELECT only (the tables refuse anything else). */
class JdbcAmendments implements Amendments {

    private final JdbcClient jdbc;

    JdbcAmendments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lock(String documentId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('amend:' || :id, 0))").param("id", documentId)
                .query((rs, n) -> 1).list();
    }

    @Override
    public List<Correction> corrections(String documentId) {
        return jdbc.sql("SELECT * FROM archive_corrections WHERE document_id = :id ORDER BY corrected_at, id")
                .param("id", documentId)
                .query((rs, n) -> new Correction(rs.getObject("id", UUID.class), rs.getString("document_id"),
                        CorrectableField.ofWireName(rs.getString("field")).orElseThrow(),
                        rs.getString("previous_value"), rs.getString("new_value"), rs.getString("reason"),
                        rs.getString("actor"), rs.getString("actor_name"),
                        rs.getObject("corrected_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public List<LegalHold> holds(String documentId) {
        return jdbc.sql("SELECT * FROM archive_legal_holds WHERE document_id = :id ORDER BY at, id")
                .param("id", documentId)
                .query((rs, n) -> new LegalHold(rs.getObject("id", UUID.class), rs.getString("document_id"),
                        rs.getBoolean("held"), rs.getString("reason"), rs.getString("actor"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public void add(Correction c) {
        jdbc.sql("""
                        INSERT INTO archive_corrections (id, document_id, field, previous_value, new_value, reason, actor,
                            actor_name, corrected_at)
                        VALUES (:id, :doc, :field, :prev, :new, :reason, :actor, :name, :at)""")
                .param("id", c.id()).param("doc", c.documentId()).param("field", c.field().wireName())
                .param("prev", c.previousValue()).param("new", c.newValue()).param("reason", c.reason())
                .param("actor", c.actor()).param("name", c.actorName()).param("at", c.at().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public void add(LegalHold h) {
        jdbc.sql("""
                        INSERT INTO archive_legal_holds (id, document_id, held, reason, actor, at)
                        VALUES (:id, :doc, :held, :reason, :actor, :at)""")
                .param("id", h.id()).param("doc", h.documentId()).param("held", h.held()).param("reason", h.reason())
                .param("actor", h.actor()).param("at", h.at().atOffset(ZoneOffset.UTC)).update();
    }
}
