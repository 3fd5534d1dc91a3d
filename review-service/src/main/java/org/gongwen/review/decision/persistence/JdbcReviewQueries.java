package org.gongwen.review.decision.persistence;

import static org.gongwen.review.decision.persistence.JdbcReviews.instant;
import static org.gongwen.review.decision.persistence.JdbcReviews.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.gongwen.events.Classification;
import org.gongwen.review.decision.application.InboxItem;
import org.gongwen.review.decision.application.ReviewQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReviewQueries implements ReviewQueries {

    private static final String CURRENT_STEPS = """
            SELECT r.document_id, r.revision, o.title, o.doc_type, o.urgency, r.drafter_username, r.drafter_name,
                   r.drafter_unit, s.level, s.role, s.assigned_at, s.due_at, %2$s AS holder_username,
                   %3$s AS holder_name,
                   s.delegation_kind, s.delegate_username, s.delegate_name, s.delegated_until,
                   s.escalated_to_username, %s AS via, o.correction IS NOT NULL AS correction
            FROM review_steps s
            JOIN reviews r ON r.document_id = s.document_id AND r.revision = s.revision
            JOIN review_rounds o ON o.document_id = s.document_id AND o.revision = s.revision
            WHERE s.decision IS NULL AND o.status = 'IN_REVIEW' AND o.current_level = s.level
              AND %4$s
            """;

    /**
     * REVIEW-CLEARANCE-3: only documents whose stored 密级 is one the reader's clearance covers (absent = 非密); an
     * unknown label is in no list, so it is left out (fail closed). The labels come from the shared Classification.
     */
    private static final String WITHIN_CLEARANCE =
            "COALESCE(NULLIF(btrim(o.content->>'classification'), ''), '非密') IN (:markings)";

    private final JdbcClient jdbc;

    JdbcReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<InboxItem> inbox(String username, Classification clearance, Instant now, InboxFilter filter) {
        String via = """
                CASE WHEN s.delegate_username = :u AND s.delegated_until > :now THEN 'DELEGATE'
                     WHEN s.reviewer_username = :u THEN 'OWNER' ELSE 'ESCALATED' END""";
        // a step transferred (转办) away is not the owner's to act on until the transfer ends; a 会签 step is also
        // in the inbox of each countersigner who has not answered, until its rule is met
        return jdbc.sql("SELECT * FROM (" + CURRENT_STEPS.formatted(via, "s.reviewer_username", "s.reviewer_name", WITHIN_CLEARANCE) + """
                          AND ((s.reviewer_username = :u AND NOT COALESCE(s.delegation_kind = 'TRANSFER' AND s.delegated_until > :now, FALSE))
                               OR (s.delegate_username = :u AND s.delegated_until > :now)
                               OR s.escalated_to_username = :u)
                        UNION ALL
                        """ + CURRENT_STEPS.formatted("'COUNTERSIGN'", "s.reviewer_username", "s.reviewer_name",
                        WITHIN_CLEARANCE).replace("s.role,", "'COUNTERSIGNER' AS role,") + """
                          AND s.reviewer_username <> :u
                          AND EXISTS (SELECT 1 FROM review_countersigners c WHERE c.document_id = s.document_id
                                      AND c.revision = s.revision AND c.level = s.level AND c.username = :u
                                      AND c.decision IS NULL)
                          AND s.countersign_required > (SELECT count(*) FROM review_countersigners c
                                      WHERE c.document_id = s.document_id AND c.revision = s.revision
                                      AND c.level = s.level AND c.decision = 'APPROVE')
                        ) s
                        WHERE (CAST(:urgency AS TEXT) IS NULL OR s.urgency = :urgency)
                          AND (CAST(:docType AS TEXT) IS NULL OR s.doc_type = :docType)
                          AND (CAST(:overdue AS BOOLEAN) IS NULL OR (s.due_at <= :now) = :overdue)
                        ORDER BY s.due_at, s.assigned_at, s.document_id
                        LIMIT :size OFFSET :offset""")
                .param("u", username)
                .param("markings", clearance.coveredMarkings())
                .param("now", timestamp(now))
                .param("urgency", filter.urgency())
                .param("docType", filter.docType())
                .param("overdue", filter.overdue())
                .param("size", filter.size())
                .param("offset", (long) filter.page() * filter.size())
                .query((rs, n) -> item(rs))
                .list();
    }

    @Override
    public List<DoneItem> done(String username, Classification clearance, String action, int page, int size) {
        return jdbc.sql("""
                        SELECT a.document_id, a.revision, o.title, o.doc_type, a.action, a.level, a.at, a.opinion,
                               a.on_behalf_username, o.status
                        FROM review_acts a
                        JOIN review_rounds o ON o.document_id = a.document_id AND o.revision = a.revision
                        WHERE a.actor_username = :u AND a.action NOT IN ('ESCALATED', 'URGED')
                        """ + "  AND " + WITHIN_CLEARANCE + """

                          AND (CAST(:action AS TEXT) IS NULL OR a.action = :action)
                        ORDER BY a.at DESC, a.document_id
                        LIMIT :size OFFSET :offset""")
                .param("u", username)
                .param("markings", clearance.coveredMarkings())
                .param("action", action)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> {
                    int level = rs.getInt("level");
                    Integer lvl = rs.wasNull() ? null : level;
                    return new DoneItem(rs.getString("document_id"), rs.getInt("revision"), rs.getString("title"),
                            rs.getString("doc_type"), rs.getString("action"), lvl, instant(rs, "at"),
                            rs.getString("opinion"), rs.getString("on_behalf_username"), rs.getString("status"));
                })
                .list();
    }

    @Override
    public List<InboxItem> inReview(String unit, Classification clearance, Instant now) {
        // 转办 hands the step over: while it runs, the person it was transferred to holds the document; under 委派
        // the owner stays the one answerable ("X代Y"), so stays the holder
        String transferred = "s.delegation_kind = 'TRANSFER' AND s.delegated_until > :now";
        return jdbc.sql(CURRENT_STEPS.formatted(
                "CASE WHEN " + transferred + " THEN 'TRANSFER' ELSE 'OWNER' END",
                "CASE WHEN " + transferred + " THEN s.delegate_username ELSE s.reviewer_username END",
                "CASE WHEN " + transferred + " THEN s.delegate_name ELSE s.reviewer_name END", WITHIN_CLEARANCE) + """
                          AND (CAST(:unit AS TEXT) IS NULL OR r.drafter_unit = :unit)
                        ORDER BY s.assigned_at, r.document_id""")
                .param("unit", unit)
                .param("markings", clearance.coveredMarkings())
                .param("now", timestamp(now))
                .query((rs, n) -> item(rs))
                .list();
    }

    @Override
    public List<String> claimDueFollowUps(Instant now, int limit) {
        // locks reviews rows, the same rows (and order) a decision locks first, so the two never deadlock
        return jdbc.sql("""
                        SELECT r.document_id FROM reviews r
                        WHERE EXISTS (SELECT 1 FROM review_steps s WHERE s.document_id = r.document_id
                                        AND s.revision = r.revision AND s.next_followup_at <= :now)
                        ORDER BY r.document_id
                        LIMIT :limit
                        FOR UPDATE OF r SKIP LOCKED""")
                .param("now", timestamp(now))
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    private static InboxItem item(ResultSet rs) throws SQLException {
        return new InboxItem(rs.getString("document_id"), rs.getInt("revision"), rs.getString("title"),
                rs.getString("doc_type"), rs.getString("urgency"), rs.getString("drafter_username"),
                rs.getString("drafter_name"), rs.getString("drafter_unit"), rs.getInt("level"), rs.getString("role"),
                instant(rs, "assigned_at"), instant(rs, "due_at"), rs.getString("holder_username"),
                rs.getString("holder_name"), rs.getString("via"), rs.getBoolean("correction"));
    }
}
