package org.gongwen.review.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.gongwen.review.application.InboxItem;
import org.gongwen.review.application.Reviews;
import org.gongwen.review.domain.Decision;
import org.gongwen.review.domain.Review;
import org.gongwen.review.domain.ReviewStatus;
import org.gongwen.review.domain.Round;
import org.gongwen.review.domain.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reviews in three tables: the document row, one row per submitted revision, one per step. */
@Repository
class JdbcReviews implements Reviews {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcReviews(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<Review> find(String documentId) {
        return load(documentId, "");
    }

    @Override
    public Optional<Review> lock(String documentId) {
        return load(documentId, " FOR UPDATE");
    }

    private Optional<Review> load(String documentId, String lock) {
        Optional<ReviewRow> row = jdbc.sql("SELECT * FROM reviews WHERE document_id = :id" + lock)
                .param("id", documentId)
                .query((rs, n) -> new ReviewRow(person(rs, "drafter"), issue(rs)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, List<Step>> steps = jdbc.sql("SELECT * FROM review_steps WHERE document_id = :id ORDER BY revision, level")
                .param("id", documentId)
                .query((rs, n) -> Map.entry(rs.getInt("revision"), step(rs)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<Round> rounds = jdbc.sql("SELECT * FROM review_rounds WHERE document_id = :id ORDER BY revision")
                .param("id", documentId)
                .query((rs, n) -> new Round(rs.getInt("revision"),
                        json.readValue(rs.getString("content"), DocumentContent.class), rs.getString("content_hash"),
                        instant(rs, "submitted_at"), ReviewStatus.valueOf(rs.getString("status")),
                        rs.getInt("current_level"), steps.getOrDefault(rs.getInt("revision"), List.of())))
                .list();
        return Optional.of(new Review(documentId, row.get().drafter(), rounds, row.get().issue()));
    }

    @Override
    public void save(Review review) {
        Review.Issue issue = review.issue();
        jdbc.sql("""
                        INSERT INTO reviews (document_id, revision, drafter_username, drafter_name, drafter_unit,
                                             document_number, document_date, issued_at, signer_username, signer_name, signer_unit)
                        VALUES (:id, :revision, :du, :dn, :dunit, :number, :date, :issuedAt, :su, :sn, :sunit)
                        ON CONFLICT (document_id) DO UPDATE SET revision = EXCLUDED.revision,
                            document_number = EXCLUDED.document_number, document_date = EXCLUDED.document_date,
                            issued_at = EXCLUDED.issued_at, signer_username = EXCLUDED.signer_username,
                            signer_name = EXCLUDED.signer_name, signer_unit = EXCLUDED.signer_unit""")
                .param("id", review.documentId())
                .param("revision", review.revision())
                .param("du", review.drafter().username())
                .param("dn", review.drafter().name())
                .param("dunit", review.drafter().unit())
                .param("number", issue == null ? null : issue.documentNumber())
                .param("date", issue == null ? null : issue.documentDate())
                .param("issuedAt", issue == null ? null : Timestamp.from(issue.issuedAt()))
                .param("su", issue == null ? null : issue.signer().username())
                .param("sn", issue == null ? null : issue.signer().name())
                .param("sunit", issue == null ? null : issue.signer().unit())
                .update();
        for (Round round : review.rounds()) {
            saveRound(review.documentId(), round);
        }
    }

    private void saveRound(String documentId, Round round) {
        jdbc.sql("""
                        INSERT INTO review_rounds (document_id, revision, status, current_level, title, doc_type, urgency,
                                                   content, content_hash, submitted_at)
                        VALUES (:id, :revision, :status, :level, :title, :docType, :urgency, CAST(:content AS jsonb),
                                :hash, :submittedAt)
                        ON CONFLICT (document_id, revision) DO UPDATE
                            SET status = EXCLUDED.status, current_level = EXCLUDED.current_level""")
                .param("id", documentId)
                .param("revision", round.revision())
                .param("status", round.status().name())
                .param("level", round.currentLevel())
                .param("title", round.content().title())
                .param("docType", round.content().docType())
                .param("urgency", round.content().urgency())
                .param("content", json.writeValueAsString(round.content()))
                .param("hash", round.contentHash())
                .param("submittedAt", Timestamp.from(round.submittedAt()))
                .update();
        for (Step step : round.steps()) {
            jdbc.sql("""
                            INSERT INTO review_steps (document_id, revision, level, role, reviewer_username, reviewer_name,
                                                      reviewer_unit, assigned_at, due_at, decision, opinion, decided_at)
                            VALUES (:id, :revision, :level, :role, :ru, :rn, :runit, :assignedAt, :dueAt, :decision,
                                    :opinion, :decidedAt)
                            ON CONFLICT (document_id, revision, level) DO UPDATE SET assigned_at = EXCLUDED.assigned_at,
                                due_at = EXCLUDED.due_at, decision = EXCLUDED.decision, opinion = EXCLUDED.opinion,
                                decided_at = EXCLUDED.decided_at""")
                    .param("id", documentId)
                    .param("revision", round.revision())
                    .param("level", step.level())
                    .param("role", step.role())
                    .param("ru", step.reviewer().username())
                    .param("rn", step.reviewer().name())
                    .param("runit", step.reviewer().unit())
                    .param("assignedAt", timestamp(step.assignedAt()))
                    .param("dueAt", timestamp(step.dueAt()))
                    .param("decision", step.decision() == null ? null : step.decision().name())
                    .param("opinion", step.opinion())
                    .param("decidedAt", timestamp(step.decidedAt()))
                    .update();
        }
    }

    @Override
    public List<InboxItem> inboxOf(String username) {
        return jdbc.sql("""
                        SELECT r.document_id, r.revision, o.title, o.doc_type, o.urgency, r.drafter_username,
                               r.drafter_name, r.drafter_unit, s.level, s.role, s.assigned_at, s.due_at
                        FROM review_steps s
                        JOIN reviews r ON r.document_id = s.document_id AND r.revision = s.revision
                        JOIN review_rounds o ON o.document_id = s.document_id AND o.revision = s.revision
                        WHERE s.reviewer_username = :username AND s.decision IS NULL
                          AND o.status = 'IN_REVIEW' AND o.current_level = s.level
                        ORDER BY s.due_at, s.assigned_at, r.document_id""")
                .param("username", username)
                .query((rs, n) -> new InboxItem(rs.getString("document_id"), rs.getInt("revision"),
                        rs.getString("title"), rs.getString("doc_type"), rs.getString("urgency"),
                        rs.getString("drafter_username"), rs.getString("drafter_name"), rs.getString("drafter_unit"),
                        rs.getInt("level"), rs.getString("role"), instant(rs, "assigned_at"), instant(rs, "due_at")))
                .list();
    }

    private static Step step(ResultSet rs) throws SQLException {
        String decision = rs.getString("decision");
        return new Step(rs.getInt("level"), rs.getString("role"), person(rs, "reviewer"), instant(rs, "assigned_at"),
                instant(rs, "due_at"), decision == null ? null : Decision.valueOf(decision), rs.getString("opinion"),
                instant(rs, "decided_at"));
    }

    private static Review.Issue issue(ResultSet rs) throws SQLException {
        String number = rs.getString("document_number");
        return number == null ? null : new Review.Issue(number, rs.getObject("document_date", java.time.LocalDate.class),
                instant(rs, "issued_at"), person(rs, "signer"));
    }

    private static Person person(ResultSet rs, String prefix) throws SQLException {
        return new Person(rs.getString(prefix + "_username"), rs.getString(prefix + "_name"), rs.getString(prefix + "_unit"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private record ReviewRow(Person drafter, Review.Issue issue) {
    }
}
