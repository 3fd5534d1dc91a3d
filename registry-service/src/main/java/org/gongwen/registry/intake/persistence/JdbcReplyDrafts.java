package org.gongwen.registry.intake.persistence;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.gongwen.registry.intake.application.ReplyDrafts;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code incoming_replies}; whether a document was issued is read from its deliveries (one row per organ). */
class JdbcReplyDrafts implements ReplyDrafts {

    private final JdbcClient jdbc;

    JdbcReplyDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean record(ReplyDraft r) {
        return jdbc.sql("""
                        INSERT INTO incoming_replies (draft_id, incoming_id, drafter, drafter_unit, title, started_at)
                        VALUES (:draft, :incoming, :drafter, :unit, :title, :at)
                        ON CONFLICT (draft_id) DO NOTHING""")
                .param("draft", r.draftId()).param("incoming", r.incomingId()).param("drafter", r.drafter())
                .param("unit", r.drafterUnit()).param("title", r.title()).param("at", Timestamp.from(r.startedAt()))
                .update() == 1;
    }

    @Override
    public Optional<ReplyDraft> of(UUID draftId) {
        return jdbc.sql("""
                        SELECT draft_id, incoming_id, drafter, drafter_unit, title, started_at
                        FROM incoming_replies WHERE draft_id = :draft""")
                .param("draft", draftId)
                .query((rs, n) -> new ReplyDraft(rs.getObject("draft_id", UUID.class),
                        rs.getObject("incoming_id", UUID.class), rs.getString("drafter"), rs.getString("drafter_unit"),
                        rs.getString("title"), rs.getTimestamp("started_at").toInstant()))
                .optional();
    }

    @Override
    public Optional<String> issuedNumber(UUID documentId) {
        return jdbc.sql("SELECT document_number FROM deliveries WHERE document_id = :id ORDER BY position LIMIT 1")
                .param("id", documentId).query(String.class).optional();
    }
}
