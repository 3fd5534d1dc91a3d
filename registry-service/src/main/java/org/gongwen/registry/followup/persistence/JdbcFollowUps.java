package org.gongwen.registry.followup.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.gongwen.registry.followup.application.FollowUps;
import org.gongwen.registry.followup.domain.FollowingUp.Sent;
import org.gongwen.registry.followup.domain.Notice;
import org.gongwen.registry.followup.domain.Notice.Escalated;
import org.gongwen.registry.followup.domain.OpenItem;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The open items of the three slices as 催办 sees them, read and locked straight from their tables (the sweep must
 * hold the same row an act on the item locks, so a 签收 or 办结 and a 催办 never cross), and 催办's own
 * schedule and notices. A 收文's notices also go into its trail, next to the acts.
 */
class JdbcFollowUps implements FollowUps {

    private static final String SENT = """
            s.basis, s.reminded_at, s.last_overdue_day, s.escalated_at""";

    private final JdbcClient jdbc;
    private final String officeUnit;

    JdbcFollowUps(JdbcClient jdbc, String officeUnit) {
        this.jdbc = jdbc;
        this.officeUnit = officeUnit;
    }

    @Override
    public List<Claimed> claimDue(Instant now, int limit) {
        List<Claimed> claimed = new ArrayList<>();
        // 签收: the office sees to it that deliveries are signed for, so an overdue one goes to the office
        claimed.addAll(jdbc.sql("""
                        SELECT d.id, d.document_id, d.title, d.unit, d.created_at, d.signing_due,""" + SENT + """
                         FROM deliveries d
                         LEFT JOIN followup_schedule s ON s.item_kind = 'DELIVERY' AND s.item_id = d.id
                        WHERE d.status = 'AWAITING_SIGNATURE' AND d.signing_due IS NOT NULL
                          AND (s.next_at IS NULL OR s.next_at <= :now)
                        ORDER BY d.id LIMIT :limit
                        FOR UPDATE OF d SKIP LOCKED""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new Claimed(new OpenItem(OpenItem.Kind.DELIVERY, uuid(rs, "id"),
                        uuid(rs, "document_id"), rs.getString("title"), rs.getString("unit"), instant(rs, "created_at"),
                        new OpenItem.At(instant(rs, "signing_due")), null, officeUnit), sent(rs)))
                .list());
        // 承办: since the (last) 批办, escalated to the leader who gave it
        claimed.addAll(jdbc.sql("""
                        SELECT i.id, i.title, i.lead_unit, i.deadline, COALESCE(b.at, i.updated_at) AS since,
                               b.actor AS leader, b.unit AS leader_unit,""" + SENT + """
                         FROM incoming_documents i
                         LEFT JOIN LATERAL (SELECT t.at, t.actor, t.unit FROM incoming_trail t
                                             WHERE t.incoming_id = i.id AND t.action = '批办'
                                             ORDER BY t.seq DESC LIMIT 1) b ON true
                         LEFT JOIN followup_schedule s ON s.item_kind = 'INCOMING' AND s.item_id = i.id
                        WHERE i.status = 'ASSIGNED' AND i.deadline IS NOT NULL
                          AND (s.next_at IS NULL OR s.next_at <= :now
                               OR s.basis IS DISTINCT FROM to_char(i.deadline, 'YYYY-MM-DD'))
                        ORDER BY i.id LIMIT :limit
                        FOR UPDATE OF i SKIP LOCKED""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new Claimed(new OpenItem(OpenItem.Kind.INCOMING, uuid(rs, "id"), uuid(rs, "id"),
                        rs.getString("title"), rs.getString("lead_unit"), instant(rs, "since"),
                        new OpenItem.OnDay(rs.getDate("deadline").toLocalDate()), rs.getString("leader"),
                        rs.getString("leader_unit")), sent(rs)))
                .list());
        // 交办事项: escalated to the leader who assigned it
        claimed.addAll(jdbc.sql("""
                        SELECT m.id, m.matter, m.unit, m.deadline, m.assigned_at, m.assigned_by,""" + SENT + """
                         FROM assigned_matters m
                         LEFT JOIN followup_schedule s ON s.item_kind = 'MATTER' AND s.item_id = m.id
                        WHERE m.concluded_at IS NULL
                          AND (s.next_at IS NULL OR s.next_at <= :now
                               OR s.basis IS DISTINCT FROM to_char(m.deadline, 'YYYY-MM-DD'))
                        ORDER BY m.id LIMIT :limit
                        FOR UPDATE OF m SKIP LOCKED""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new Claimed(new OpenItem(OpenItem.Kind.MATTER, uuid(rs, "id"), uuid(rs, "id"),
                        rs.getString("matter"), rs.getString("unit"), instant(rs, "assigned_at"),
                        new OpenItem.OnDay(rs.getDate("deadline").toLocalDate()), rs.getString("assigned_by"), null),
                        sent(rs)))
                .list());
        return claimed;
    }

    @Override
    public boolean record(Notice notice) {
        OpenItem item = notice.item();
        Escalated escalated = notice instanceof Escalated e ? e : null;
        int added = jdbc.sql("""
                        INSERT INTO followup_notices (item_kind, item_id, kind, day, document_id, holder_unit, due_at,
                                                      escalated_to, escalated_to_unit, at)
                        VALUES (:itemKind, :itemId, :kind, :day, :documentId, :holder, :dueAt, :to, :toUnit, :at)
                        ON CONFLICT DO NOTHING""")
                .param("itemKind", item.kind().name()).param("itemId", item.itemId())
                .param("kind", notice.kind().name()).param("day", Date.valueOf(notice.day()))
                .param("documentId", item.documentId()).param("holder", item.holderUnit())
                .param("dueAt", Timestamp.from(notice.dueAt()))
                .param("to", escalated == null ? null : escalated.escalatedTo())
                .param("toUnit", escalated == null ? null : escalated.escalatedToUnit())
                .param("at", Timestamp.from(notice.at()))
                .update();
        if (added == 1 && item.kind() == OpenItem.Kind.INCOMING) {
            // the 收文's own trail, after its acts; its row is locked by claimDue, so the sequence is ours
            jdbc.sql("""
                            INSERT INTO incoming_trail (incoming_id, seq, action, actor, unit, at, note)
                            SELECT :id, count(*), :action, 'system', :unit, :at, :note
                              FROM incoming_trail WHERE incoming_id = :id""")
                    .param("id", item.itemId()).param("action", escalated == null ? "催办" : "催办升级")
                    .param("unit", officeUnit).param("at", Timestamp.from(notice.at()))
                    .param("note", trailNote(notice)).update();
        }
        return added == 1;
    }

    @Override
    public void schedule(OpenItem item, Sent sent, Instant nextAt) {
        jdbc.sql("""
                        INSERT INTO followup_schedule (item_kind, item_id, basis, reminded_at, last_overdue_day,
                                                       escalated_at, next_at)
                        VALUES (:itemKind, :itemId, :basis, :remindedAt, :lastOverdueDay, :escalatedAt, :nextAt)
                        ON CONFLICT (item_kind, item_id) DO UPDATE SET basis = excluded.basis,
                            reminded_at = excluded.reminded_at, last_overdue_day = excluded.last_overdue_day,
                            escalated_at = excluded.escalated_at, next_at = excluded.next_at""")
                .param("itemKind", item.kind().name()).param("itemId", item.itemId())
                .param("basis", item.deadline().basis())
                .param("remindedAt", sent.remindedAt() == null ? null : Timestamp.from(sent.remindedAt()))
                .param("lastOverdueDay", sent.lastOverdueDay() == null ? null : Date.valueOf(sent.lastOverdueDay()))
                .param("escalatedAt", sent.escalatedAt() == null ? null : Timestamp.from(sent.escalatedAt()))
                .param("nextAt", Timestamp.from(nextAt))
                .update();
    }

    private static String trailNote(Notice notice) {
        String deadline = notice.item().deadline().basis();
        if (notice instanceof Escalated e) {
            return "逾期未办结（办理时限 " + deadline + "），报 "
                    + (e.escalatedTo() != null ? e.escalatedTo() : e.escalatedToUnit());
        }
        return notice.kind() == Notice.Kind.REMINDER ? "提醒：办理时限 " + deadline
                : "逾期催办：办理时限 " + deadline + " 已过";
    }

    private static Sent sent(ResultSet rs) throws SQLException {
        Date lastOverdue = rs.getDate("last_overdue_day");
        return new Sent(rs.getString("basis"), instantOrNull(rs, "reminded_at"),
                lastOverdue == null ? null : lastOverdue.toLocalDate(), instantOrNull(rs, "escalated_at"));
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
