package org.gongwen.registry.circulation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gongwen.events.Classification;
import org.gongwen.registry.circulation.application.Circulations;
import org.gongwen.registry.circulation.domain.Circulation;
import org.gongwen.registry.circulation.domain.Circulation.Reading;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rounds of 传阅: the round's row, and one row per reader that records when it reached them and when they read it. */
class JdbcCirculations implements Circulations {

    private final JdbcClient jdbc;

    JdbcCirculations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Circulation> lock(UUID id) {
        return load("SELECT * FROM circulations WHERE id = :id FOR UPDATE", Map.of("id", id)).stream().findFirst();
    }

    @Override
    public Optional<Circulation> find(UUID id) {
        return load("SELECT * FROM circulations WHERE id = :id", Map.of("id", id)).stream().findFirst();
    }

    @Override
    public List<Circulation> ofDocument(UUID documentId) {
        return load("SELECT * FROM circulations WHERE document_id = :id ORDER BY started_at, id",
                Map.of("id", documentId));
    }

    @Override
    public List<Circulation> heldBy(String username, Classification clearance) {
        return load("""
                SELECT c.* FROM circulations c
                 WHERE c.classification IN (:covered)
                   AND EXISTS (SELECT 1 FROM circulation_readings r WHERE r.circulation_id = c.id AND r.reader = :reader
                                  AND r.received_at IS NOT NULL AND r.read_at IS NULL)
                 ORDER BY c.started_at, c.id""", Map.of("covered", clearance.coveredMarkings(), "reader", username));
    }

    @Override
    public void save(Circulation c) {
        jdbc.sql("""
                        INSERT INTO circulations (id, document_id, title, classification, reading_order, started_by,
                                                  started_at)
                        VALUES (:id, :documentId, :title, :classification, :order, :startedBy, :startedAt)
                        ON CONFLICT (id) DO NOTHING""")
                .param("id", c.id()).param("documentId", c.documentId()).param("title", c.title())
                .param("classification", c.classification().name()).param("order", c.order().name())
                .param("startedBy", c.startedBy()).param("startedAt", Timestamp.from(c.startedAt()))
                .update();
        List<Reading> readings = c.readings();
        for (int seq = 0; seq < readings.size(); seq++) {
            Reading r = readings.get(seq);
            jdbc.sql("""
                            INSERT INTO circulation_readings (circulation_id, seq, reader, received_at, read_at,
                                                              instruction)
                            VALUES (:id, :seq, :reader, :receivedAt, :readAt, :instruction)
                            ON CONFLICT (circulation_id, seq) DO UPDATE SET received_at = excluded.received_at,
                                read_at = excluded.read_at, instruction = excluded.instruction""")
                    .param("id", c.id()).param("seq", seq).param("reader", r.reader())
                    .param("receivedAt", timestamp(r.receivedAt())).param("readAt", timestamp(r.readAt()))
                    .param("instruction", r.instruction())
                    .update();
        }
    }

    private List<Circulation> load(String sql, Map<String, ?> params) {
        List<Circulation> rounds = jdbc.sql(sql).params(params).query(JdbcCirculations::round).list();
        if (rounds.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Reading>> readings = jdbc.sql("""
                        SELECT circulation_id, reader, received_at, read_at, instruction FROM circulation_readings
                         WHERE circulation_id IN (:ids) ORDER BY circulation_id, seq""")
                .param("ids", rounds.stream().map(Circulation::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject("circulation_id", UUID.class), new Reading(
                        rs.getString("reader"), instant(rs, "received_at"), instant(rs, "read_at"),
                        rs.getString("instruction"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rounds.stream().map(c -> new Circulation(c.id(), c.documentId(), c.title(), c.classification(),
                c.order(), readings.getOrDefault(c.id(), List.of()), c.startedBy(), c.startedAt())).toList();
    }

    private static Circulation round(ResultSet rs, int n) throws SQLException {
        return new Circulation(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                rs.getString("title"), Classification.valueOf(rs.getString("classification")),
                Circulation.Order.valueOf(rs.getString("reading_order")), List.of(), rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant());
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
