package org.gongwen.registry.followup.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.registry.followup.application.Holdings;
import org.gongwen.registry.followup.domain.OpenItem;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The open work of every slice, read straight from their tables for the dashboard (read-only, like the sweep's
 * claim): 收文 not yet 办结 or returned, deliveries awaiting 签收, 传阅 copies held and unread, open 交办事项.
 */
class JdbcHoldings implements Holdings {

    private final JdbcClient jdbc;
    private final String officeUnit;

    JdbcHoldings(JdbcClient jdbc, String officeUnit) {
        this.jdbc = jdbc;
        this.officeUnit = officeUnit;
    }

    @Override
    public List<Holding> open(Classification clearance, String unit) {
        Map<String, Object> params = new HashMap<>();
        params.put("covered", clearance.coveredMarkings());
        params.put("office", officeUnit);
        params.put("unit", unit == null ? "" : unit);
        params.put("all", unit == null);
        List<Holding> all = new ArrayList<>();
        all.addAll(jdbc.sql("""
                        SELECT id, id AS document_id, title, classification, status, lead_unit, deadline, updated_at
                          FROM incoming_documents
                         WHERE status IN ('REGISTERED', 'ACCEPTED', 'PROPOSED', 'ASSIGNED')
                           AND classification IN (:covered)
                           AND (:all OR lead_unit = :unit OR (status IN ('REGISTERED', 'ACCEPTED') AND :office = :unit))""")
                .params(params)
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    boolean assigned = "ASSIGNED".equals(status);
                    Date deadline = rs.getDate("deadline");
                    return new Holding("INCOMING", rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                            rs.getString("title"), Classification.valueOf(rs.getString("classification")),
                            assigned ? rs.getString("lead_unit") : "PROPOSED".equals(status) ? null : officeUnit,
                            "PROPOSED".equals(status) ? "LEADERS" : "UNIT", rs.getTimestamp("updated_at").toInstant(),
                            assigned && deadline != null ? new OpenItem.OnDay(deadline.toLocalDate()) : null);
                }).list());
        all.addAll(jdbc.sql("""
                        SELECT id, document_id, title, classification, unit, created_at, signing_due FROM deliveries
                         WHERE status = 'AWAITING_SIGNATURE' AND classification IN (:covered) AND (:all OR unit = :unit)""")
                .params(params)
                .query((rs, n) -> {
                    Timestamp due = rs.getTimestamp("signing_due");
                    return new Holding("DELIVERY", rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                            rs.getString("title"), Classification.valueOf(rs.getString("classification")),
                            rs.getString("unit"), "UNIT", rs.getTimestamp("created_at").toInstant(),
                            due == null ? null : new OpenItem.At(due.toInstant()));
                }).list());
        // a 传阅 reader holds a person's copy; a unit's view shows none (readers are leaders, not units)
        all.addAll(jdbc.sql("""
                        SELECT c.id, c.document_id, c.title, c.classification, r.reader, r.received_at
                          FROM circulation_readings r JOIN circulations c ON c.id = r.circulation_id
                         WHERE r.received_at IS NOT NULL AND r.read_at IS NULL AND c.classification IN (:covered) AND :all""")
                .params(params)
                .query((rs, n) -> new Holding("CIRCULATION", rs.getObject("id", UUID.class),
                        rs.getObject("document_id", UUID.class), rs.getString("title"),
                        Classification.valueOf(rs.getString("classification")), rs.getString("reader"), "PERSON",
                        rs.getTimestamp("received_at").toInstant(), null)).list());
        all.addAll(jdbc.sql("""
                        SELECT id, matter, classification, unit, deadline, assigned_at FROM assigned_matters
                         WHERE concluded_at IS NULL AND classification IN (:covered) AND (:all OR unit = :unit)""")
                .params(params)
                .query((rs, n) -> new Holding("MATTER", rs.getObject("id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getString("matter"), Classification.valueOf(rs.getString("classification")),
                        rs.getString("unit"), "UNIT",
                        rs.getTimestamp("assigned_at").toInstant(),
                        new OpenItem.OnDay(rs.getDate("deadline").toLocalDate()))).list());
        return all;
    }
}
