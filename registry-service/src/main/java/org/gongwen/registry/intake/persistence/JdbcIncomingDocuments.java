package org.gongwen.registry.intake.persistence;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gongwen.events.Classification;
import org.gongwen.registry.intake.application.IncomingDocuments;
import org.gongwen.registry.intake.application.IncomingQueries;
import org.gongwen.registry.intake.domain.Assignment;
import org.gongwen.registry.intake.domain.IncomingDocument;
import org.gongwen.registry.intake.domain.IncomingDocument.TrailEntry;
import org.gongwen.registry.intake.domain.ReceiptNumber;
import org.gongwen.registry.intake.domain.Registration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 收文 in a document row and its append-only trail; the 收文编号 from a counter row per year that the registering
 * transaction keeps locked until it ends: concurrent registrations queue on it, and a rolled-back one gives its number
 * back (gap-free, as review-service's 文号).
 */
class JdbcIncomingDocuments implements IncomingDocuments, IncomingQueries {

    private final JdbcClient jdbc;

    JdbcIncomingDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReceiptNumber nextReceiptNumber(int year) {
        int serial = jdbc.sql("""
                        INSERT INTO receipt_number_counters (year, last_number) VALUES (:year, 1)
                        ON CONFLICT (year) DO UPDATE SET last_number = receipt_number_counters.last_number + 1
                        RETURNING last_number""")
                .param("year", year).query(Integer.class).single();
        return new ReceiptNumber(year, serial);
    }

    @Override
    public Optional<IncomingDocument> lock(UUID id) {
        return load("SELECT * FROM incoming_documents WHERE id = :id FOR UPDATE", Map.of("id", id)).stream().findFirst();
    }

    @Override
    public Optional<IncomingDocument> find(UUID id) {
        return load("SELECT * FROM incoming_documents WHERE id = :id", Map.of("id", id)).stream().findFirst();
    }

    @Override
    public List<IncomingDocument> list(Classification clearance, String unit, String status, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT * FROM incoming_documents WHERE classification IN (:covered)");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("covered", clearance.coveredMarkings(),
                "size", size, "offset", (long) page * size));
        if (unit != null) {
            sql.append(" AND (lead_unit = :unit OR :unit = ANY (assisting_units))");
            params.put("unit", unit);
        }
        if (status != null) {
            sql.append(" AND status = :status");
            params.put("status", status);
        }
        sql.append(" ORDER BY registered_at DESC, id LIMIT :size OFFSET :offset");
        return load(sql.toString(), params);
    }

    @Override
    public void save(IncomingDocument d) {
        Registration form = d.registration();
        Assignment assignment = d.assignment();
        Instant lastAct = d.trail().get(d.trail().size() - 1).at();
        jdbc.sql("""
                        INSERT INTO incoming_documents (id, receipt_year, receipt_serial, sender_organ, sender_number, title,
                                marking, classification, urgency, copies, received_on, written_on, status, proposal,
                                lead_unit, assisting_units, deadline, instruction, result, reply_document_id,
                                registered_at, updated_at)
                        VALUES (:id, :year, :serial, :sender, :senderNumber, :title, :marking, :classification, :urgency,
                                :copies, :receivedOn, :writtenOn, :status, :proposal, :leadUnit,
                                CAST(:assisting AS TEXT[]), :deadline, :instruction, :result, :reply, :registeredAt,
                                :updatedAt)
                        ON CONFLICT (id) DO UPDATE SET status = excluded.status, proposal = excluded.proposal,
                                lead_unit = excluded.lead_unit, assisting_units = excluded.assisting_units,
                                deadline = excluded.deadline, instruction = excluded.instruction,
                                result = excluded.result, reply_document_id = excluded.reply_document_id,
                                updated_at = excluded.updated_at""")
                .param("id", d.id()).param("year", d.receiptNumber().year())
                .param("serial", d.receiptNumber().serial()).param("sender", form.senderOrgan())
                .param("senderNumber", form.senderNumber()).param("title", form.title())
                .param("marking", form.marking()).param("classification", form.classification().name())
                .param("urgency", form.urgency()).param("copies", form.copies())
                .param("receivedOn", Date.valueOf(form.receivedOn()))
                .param("writtenOn", form.writtenOn() == null ? null : Date.valueOf(form.writtenOn()))
                .param("status", d.status().name()).param("proposal", d.proposal())
                .param("leadUnit", assignment == null ? null : assignment.leadUnit())
                .param("assisting", assignment == null ? null : arrayLiteral(assignment.assistingUnits()))
                .param("deadline", assignment == null || assignment.deadline() == null ? null
                        : Date.valueOf(assignment.deadline()))
                .param("instruction", assignment == null ? null : assignment.instruction())
                .param("result", d.result()).param("reply", d.replyDocumentId())
                .param("registeredAt", Timestamp.from(d.trail().get(0).at()))
                .param("updatedAt", Timestamp.from(lastAct))
                .update();
        // the trail only grows: entries already stored keep their place and are not written again
        List<TrailEntry> trail = d.trail();
        for (int seq = storedTrailLength(d.id()); seq < trail.size(); seq++) {
            TrailEntry e = trail.get(seq);
            jdbc.sql("""
                            INSERT INTO incoming_trail (incoming_id, seq, action, actor, unit, at, note)
                            VALUES (:id, :seq, :action, :actor, :unit, :at, :note)""")
                    .param("id", d.id()).param("seq", seq).param("action", e.action()).param("actor", e.actor())
                    .param("unit", e.unit()).param("at", Timestamp.from(e.at())).param("note", e.note())
                    .update();
        }
    }

    private int storedTrailLength(UUID id) {
        return jdbc.sql("SELECT count(*) FROM incoming_trail WHERE incoming_id = :id").param("id", id)
                .query(Integer.class).single();
    }

    private List<IncomingDocument> load(String sql, Map<String, ?> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query(JdbcIncomingDocuments::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<TrailEntry>> trails = jdbc.sql("""
                        SELECT incoming_id, action, actor, unit, at, note FROM incoming_trail
                         WHERE incoming_id IN (:ids) ORDER BY incoming_id, seq""")
                .param("ids", rows.stream().map(r -> r.id).toList())
                .query((rs, n) -> Map.entry(rs.getObject("incoming_id", UUID.class), new TrailEntry(
                        rs.getString("action"), rs.getString("actor"), rs.getString("unit"),
                        rs.getTimestamp("at").toInstant(), rs.getString("note"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(r -> r.document(trails.getOrDefault(r.id, List.of()))).toList();
    }

    private record Row(UUID id, ReceiptNumber number, Registration form, IncomingDocument.Status status,
                       String proposal, Assignment assignment, String result, UUID reply) {

        IncomingDocument document(List<TrailEntry> trail) {
            return new IncomingDocument(id, number, form, status, proposal, assignment, result, reply, trail);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Registration form = new Registration(rs.getString("sender_organ"), rs.getString("sender_number"),
                rs.getString("title"), rs.getString("marking"), rs.getString("urgency"), rs.getInt("copies"),
                rs.getDate("received_on").toLocalDate(), date(rs, "written_on"));
        String leadUnit = rs.getString("lead_unit");
        Assignment assignment = leadUnit == null ? null : new Assignment(leadUnit, strings(rs.getArray("assisting_units")),
                date(rs, "deadline"), rs.getString("instruction"));
        return new Row(rs.getObject("id", UUID.class),
                new ReceiptNumber(rs.getInt("receipt_year"), rs.getInt("receipt_serial")), form,
                IncomingDocument.Status.valueOf(rs.getString("status")), rs.getString("proposal"), assignment,
                rs.getString("result"), rs.getObject("reply_document_id", UUID.class));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** A PostgreSQL array literal: each element double-quoted, quotes and backslashes escaped. */
    static String arrayLiteral(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
