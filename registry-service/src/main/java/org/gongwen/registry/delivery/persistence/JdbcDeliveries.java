package org.gongwen.registry.delivery.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.registry.delivery.application.Deliveries;
import org.gongwen.registry.delivery.application.DeliveryQueries;
import org.gongwen.registry.delivery.domain.Delivery;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deliveries in one table. A delivery's position is its place among its document's recipients, so that reading them
 * back keeps the document's order (DLV-PLAN-1); (document, recipient) is unique, so a second distribution of the same
 * document cannot double a delivery even if two consumers raced.
 */
class JdbcDeliveries implements Deliveries, DeliveryQueries {

    private static final String COLUMNS = """
            id, document_id, document_number, title, classification, recipient, unit, role, route, status, created_at,
            signing_due, acted_by, acted_at, note""";

    private final JdbcClient jdbc;

    JdbcDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Delivery> ofDocument(UUID documentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deliveries WHERE document_id = :id ORDER BY position")
                .param("id", documentId).query(JdbcDeliveries::delivery).list();
    }

    @Override
    public Optional<Delivery> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deliveries WHERE id = :id FOR UPDATE")
                .param("id", id).query(JdbcDeliveries::delivery).optional();
    }

    @Override
    public void save(Delivery d) {
        jdbc.sql("""
                        INSERT INTO deliveries (id, document_id, position, document_number, title, classification,
                                                recipient, unit, role, route, status, created_at, signing_due,
                                                acted_by, acted_at, note)
                        VALUES (:id, :documentId,
                                (SELECT count(*) FROM deliveries WHERE document_id = :documentId), :number, :title,
                                :classification, :recipient, :unit, :role, :route, :status, :createdAt, :signingDue,
                                :actedBy, :actedAt, :note)
                        ON CONFLICT (id) DO UPDATE SET status = excluded.status, acted_by = excluded.acted_by,
                                                       acted_at = excluded.acted_at, note = excluded.note""")
                .param("id", d.id()).param("documentId", d.documentId()).param("number", d.documentNumber())
                .param("title", d.title()).param("classification", d.classification().name())
                .param("recipient", d.recipient()).param("unit", d.unit()).param("role", d.role().name())
                .param("route", d.route().name()).param("status", d.status().name())
                .param("createdAt", timestamp(d.createdAt())).param("signingDue", timestamp(d.signingDue()))
                .param("actedBy", d.actedBy()).param("actedAt", timestamp(d.actedAt())).param("note", d.note())
                .update();
    }

    @Override
    public List<Delivery> forUnit(String unit, Classification clearance, boolean pendingOnly, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deliveries WHERE unit = :unit"
                        + " AND classification IN (:covered)"
                        + (pendingOnly ? " AND status = 'AWAITING_SIGNATURE'" : "")
                        + " ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
                .param("unit", unit).param("covered", clearance.coveredMarkings())
                .param("size", size).param("offset", (long) page * size)
                .query(JdbcDeliveries::delivery).list();
    }

    @Override
    public List<Delivery> external(Classification clearance, boolean pendingOnly, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deliveries WHERE route = 'EXTERNAL'"
                        + " AND classification IN (:covered)"
                        + (pendingOnly ? " AND status = 'TO_SEND'" : "")
                        + " ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
                .param("covered", clearance.coveredMarkings())
                .param("size", size).param("offset", (long) page * size)
                .query(JdbcDeliveries::delivery).list();
    }

    @Override
    public Optional<Delivery> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deliveries WHERE id = :id")
                .param("id", id).query(JdbcDeliveries::delivery).optional();
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                rs.getString("document_number"), rs.getString("title"),
                Classification.valueOf(rs.getString("classification")), rs.getString("recipient"),
                rs.getString("unit"), Delivery.Role.valueOf(rs.getString("role")),
                Delivery.Route.valueOf(rs.getString("route")), Delivery.Status.valueOf(rs.getString("status")),
                instant(rs, "created_at"), instant(rs, "signing_due"), rs.getString("acted_by"),
                instant(rs, "acted_at"), rs.getString("note"));
    }

    static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
