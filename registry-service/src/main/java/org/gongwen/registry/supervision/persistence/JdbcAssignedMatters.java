package org.gongwen.registry.supervision.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gongwen.events.Classification;
import org.gongwen.registry.supervision.application.AssignedMatters;
import org.gongwen.registry.supervision.domain.AssignedMatter;
import org.gongwen.registry.supervision.domain.AssignedMatter.Report;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 交办事项 in one row each, their progress reports append-only beside them. */
class JdbcAssignedMatters implements AssignedMatters {

    private final JdbcClient jdbc;

    JdbcAssignedMatters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AssignedMatter> lock(UUID id) {
        return load("SELECT * FROM assigned_matters WHERE id = :id FOR UPDATE", Map.of("id", id)).stream().findFirst();
    }

    @Override
    public Optional<AssignedMatter> find(UUID id) {
        return load("SELECT * FROM assigned_matters WHERE id = :id", Map.of("id", id)).stream().findFirst();
    }

    @Override
    public List<AssignedMatter> list(Classification clearance, String unit, boolean openOnly, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT * FROM assigned_matters WHERE classification IN (:covered)");
        Map<String, Object> params = new HashMap<>(Map.of("size", size, "offset", (long) page * size,
                "covered", clearance.coveredMarkings()));
        if (unit != null) {
            sql.append(" AND unit = :unit");
            params.put("unit", unit);
        }
        if (openOnly) {
            sql.append(" AND concluded_at IS NULL");
        }
        sql.append(" ORDER BY deadline, assigned_at, id LIMIT :size OFFSET :offset");
        return load(sql.toString(), params);
    }

    @Override
    public void save(AssignedMatter m) {
        jdbc.sql("""
                        INSERT INTO assigned_matters (id, source, source_document_id, classification, matter, unit,
                                                      deadline, assigned_by, assigned_at, result, concluded_at)
                        VALUES (:id, :source, :sourceDocumentId, :classification, :matter, :unit, :deadline,
                                :assignedBy, :assignedAt, :result, :concludedAt)
                        ON CONFLICT (id) DO UPDATE SET result = excluded.result, concluded_at = excluded.concluded_at""")
                .param("id", m.id()).param("source", m.source().name()).param("sourceDocumentId", m.sourceDocumentId())
                .param("classification", m.classification().name())
                .param("matter", m.matter()).param("unit", m.unit()).param("deadline", Date.valueOf(m.deadline()))
                .param("assignedBy", m.assignedBy()).param("assignedAt", Timestamp.from(m.assignedAt()))
                .param("result", m.result())
                .param("concludedAt", m.concludedAt() == null ? null : Timestamp.from(m.concludedAt()))
                .update();
        int stored = jdbc.sql("SELECT count(*) FROM matter_reports WHERE matter_id = :id").param("id", m.id())
                .query(Integer.class).single();
        for (int seq = stored; seq < m.reports().size(); seq++) {
            Report r = m.reports().get(seq);
            jdbc.sql("""
                            INSERT INTO matter_reports (matter_id, seq, reporter, progress, at)
                            VALUES (:id, :seq, :reporter, :progress, :at)""")
                    .param("id", m.id()).param("seq", seq).param("reporter", r.reporter())
                    .param("progress", r.progress()).param("at", Timestamp.from(r.at()))
                    .update();
        }
    }

    private List<AssignedMatter> load(String sql, Map<String, ?> params) {
        List<AssignedMatter> matters = jdbc.sql(sql).params(params).query(JdbcAssignedMatters::matter).list();
        if (matters.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Report>> reports = jdbc.sql("""
                        SELECT matter_id, reporter, progress, at FROM matter_reports
                         WHERE matter_id IN (:ids) ORDER BY matter_id, seq""")
                .param("ids", matters.stream().map(AssignedMatter::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject("matter_id", UUID.class), new Report(rs.getString("reporter"),
                        rs.getString("progress"), rs.getTimestamp("at").toInstant())))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return matters.stream().map(m -> new AssignedMatter(m.id(), m.source(), m.sourceDocumentId(), m.classification(), m.matter(),
                m.unit(), m.deadline(), m.assignedBy(), m.assignedAt(), reports.getOrDefault(m.id(), List.of()),
                m.result(), m.concludedAt())).toList();
    }

    private static AssignedMatter matter(ResultSet rs, int n) throws SQLException {
        Timestamp concludedAt = rs.getTimestamp("concluded_at");
        return new AssignedMatter(rs.getObject("id", UUID.class),
                AssignedMatter.Source.valueOf(rs.getString("source")), rs.getObject("source_document_id", UUID.class),
                Classification.valueOf(rs.getString("classification")),
                rs.getString("matter"), rs.getString("unit"), rs.getDate("deadline").toLocalDate(),
                rs.getString("assigned_by"), rs.getTimestamp("assigned_at").toInstant(), List.of(),
                rs.getString("result"), concludedAt == null ? null : concludedAt.toInstant());
    }
}
