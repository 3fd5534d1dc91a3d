package org.gongwen.registry.supervision.persistence;

import java.util.Optional;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.registry.supervision.application.SourceDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A 收文's own 密级, else the 密级 its deliveries carry from the issued document (all its deliveries share one). */
class JdbcSourceDocuments implements SourceDocuments {

    private final JdbcClient jdbc;

    JdbcSourceDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Classification> classificationOf(UUID documentId) {
        return jdbc.sql("""
                        SELECT classification FROM incoming_documents WHERE id = :id
                        UNION ALL
                        (SELECT classification FROM deliveries WHERE document_id = :id LIMIT 1)
                        LIMIT 1""")
                .param("id", documentId)
                .query(String.class).optional().map(Classification::valueOf);
    }
}
