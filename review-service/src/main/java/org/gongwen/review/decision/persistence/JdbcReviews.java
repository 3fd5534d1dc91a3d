package org.gongwen.review.decision.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.gongwen.review.countersign.domain.Countersign;
import org.gongwen.review.decision.application.Reviews;
import org.gongwen.review.decision.domain.Act;
import org.gongwen.review.decision.domain.Decision;
import org.gongwen.review.decision.domain.FollowUpPlan;
import org.gongwen.review.decision.domain.Review;
import org.gongwen.review.decision.domain.ReviewStatus;
import org.gongwen.review.decision.domain.Round;
import org.gongwen.review.decision.domain.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/** Reviews in three tables: the document row, one row per submitted revision, one per step. */
@Repository
class JdbcReviews implements Reviews {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    private final FollowUpPlan reminders;
    private final RecentReviews recent = new RecentReviews();

    JdbcReviews(JdbcClient jdbc, JsonMapper json, FollowUpPlan reminders) {
        this.jdbc = jdbc;
        this.json = json;
        this.reminders = reminders;
    }

    @Override
    public Optional<Review> find(String documentId) {
        return load(documentId, "");
    }

    @Override
    public Optional<Review> lock(String documentId) {
        Optional<Review> locked = load(documentId, " FOR UPDATE");
        locked.ifPresent(LoadedReviews::remember);
        return locked;
    }

    private Optional<Review> load(String documentId, String lock) {
        Optional<ReviewRow> row = jdbc.sql("SELECT * FROM reviews WHERE document_id = :id" + lock)
                .param("id", documentId)
                .query((rs, n) -> new ReviewRow(person(rs, "drafter"), issue(rs), rs.getLong("version")))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Review known = recent.at(documentId, row.get().version());
        if (known != null) {
            return Optional.of(known);
        }
        Map<Integer, List<Step>> steps = jdbc.sql("SELECT * FROM review_steps WHERE document_id = :id ORDER BY revision, level")
                .param("id", documentId)
                .query((rs, n) -> Map.entry(rs.getInt("revision"), step(rs)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, List<Countersign.Countersigner>> signers = jdbc.sql(
                        "SELECT * FROM review_countersigners WHERE document_id = :id ORDER BY revision, level, seq")
                .param("id", documentId)
                .query((rs, n) -> Map.entry(rs.getInt("revision") + "/" + rs.getInt("level"), countersigner(rs)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        steps.forEach((revision, list) -> list.replaceAll(s -> s.countersign() == null ? s
                : s.withCountersigners(signers.getOrDefault(revision + "/" + s.level(), List.of()))));
        Map<Integer, List<Act>> acts = jdbc.sql("SELECT * FROM review_acts WHERE document_id = :id ORDER BY revision, seq")
                .param("id", documentId)
                .query((rs, n) -> Map.entry(rs.getInt("revision"), act(rs)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<Round> rounds = jdbc.sql("SELECT * FROM review_rounds WHERE document_id = :id ORDER BY revision")
                .param("id", documentId)
                .query((rs, n) -> new Round(rs.getInt("revision"),
                        json.readValue(rs.getString("content"), DocumentContent.class), rs.getString("content_hash"),
                        instant(rs, "submitted_at"), ReviewStatus.valueOf(rs.getString("status")),
                        rs.getInt("current_level"), steps.getOrDefault(rs.getInt("revision"), List.of()),
                        acts.getOrDefault(rs.getInt("revision"), List.of()),
                        rs.getString("correction") == null ? null
                                : json.readValue(rs.getString("correction"), org.gongwen.events.Corrects.class)))
                .list();
        Review review = new Review(documentId, row.get().drafter(), rounds, row.get().issue());
        recent.loaded(row.get().version(), review);
        return Optional.of(review);
    }

    /**
     * Writes what changed since the review was locked in this transaction ({@link LoadedReviews}): a decision
     * touches its round's status and level, the two steps whose level it leaves and reaches, and one new act —
     * four statements instead of rewriting every row of every round (thirteen and more, the review-service's
     * largest cost per lifecycle). A review not locked here is written whole.
     */
    @Override
    public void save(Review review) {
        Review before = LoadedReviews.replace(review);
        if (before == null || !sameDocumentRow(before, review)) {
            saveDocumentRow(review);
        }
        for (Round round : review.rounds()) {
            Round old = before == null ? null : before.rounds().stream()
                    .filter(r -> r.revision() == round.revision()).findFirst().orElse(null);
            if (!round.equals(old)) {
                saveRound(review.documentId(), round, old);
            }
        }
        rememberOnceCommitted(review);
    }

    /**
     * The review as written is what the next reader would load: kept, once committed, under the version the writes
     * above gave the document row, so that the reviewer's next look and the decision after it read one row instead
     * of five tables ({@link RecentReviews#loadedOnceCommitted}).
     */
    private void rememberOnceCommitted(Review review) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            recent.loadedOnceCommitted(jdbc.sql("SELECT version FROM reviews WHERE document_id = :id")
                    .param("id", review.documentId()).query(Long.class).single(), review);
        }
    }

    private static boolean sameDocumentRow(Review before, Review after) {
        return before.revision() == after.revision() && before.drafter().equals(after.drafter())
                && Objects.equals(before.issue(), after.issue());
    }

    private void saveDocumentRow(Review review) {
        Review.Issue issue = review.issue();
        jdbc.sql("""
                        INSERT INTO reviews (document_id, revision, drafter_username, drafter_name, drafter_unit,
                                             document_number, document_date, issued_at, signer_username, signer_name, signer_unit,
                                             minutes_period)
                        VALUES (:id, :revision, :du, :dn, :dunit, :number, :date, :issuedAt, :su, :sn, :sunit, :period)
                        ON CONFLICT (document_id) DO UPDATE SET revision = EXCLUDED.revision,
                            document_number = EXCLUDED.document_number, document_date = EXCLUDED.document_date,
                            minutes_period = EXCLUDED.minutes_period,
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
                .param("period", issue == null ? null : issue.minutesPeriod())
                .update();
    }

    /** old: the same revision as it was loaded, or null when it is new or the review was not locked here. */
    private void saveRound(String documentId, Round round, Round old) {
        boolean moved = old == null || old.status() != round.status() || old.currentLevel() != round.currentLevel();
        if (moved) {
            saveRoundRow(documentId, round);
        }
        for (Step step : round.steps()) {
            Step oldStep = old == null ? null : old.steps().stream()
                    .filter(s -> s.level() == step.level()).findFirst().orElse(null);
            // next_followup_at follows the round's level and status: the steps the round left and reached change
            boolean followUpMoved = moved && old != null
                    && (step.level() == old.currentLevel() || step.level() == round.currentLevel());
            if (!step.equals(oldStep) || followUpMoved) {
                saveStep(documentId, round, step);
                if (oldStep == null || !Objects.equals(oldStep.countersign(), step.countersign())) {
                    saveCountersigners(documentId, round.revision(), step);
                }
            }
        }
        if (old != null && old.steps().size() > round.steps().size()) {
            // 减签 took a step out and the later ones moved down: the old last level is left over
            deleteStepsAbove(documentId, round.revision(), round.lastLevel());
        }
        // the journal only grows: acts already stored keep their sequence number
        List<Act> acts = round.acts();
        int stored = old == null ? 0 : old.acts().size();
        for (int seq = stored + 1; seq <= acts.size(); seq++) {
            saveAct(documentId, round.revision(), seq, acts.get(seq - 1));
        }
    }

    private void saveRoundRow(String documentId, Round round) {
        jdbc.sql("""
                        INSERT INTO review_rounds (document_id, revision, status, current_level, title, doc_type, urgency,
                                                   content, content_hash, submitted_at, correction)
                        VALUES (:id, :revision, :status, :level, :title, :docType, :urgency, CAST(:content AS jsonb),
                                :hash, :submittedAt, CAST(:correction AS jsonb))
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
                .param("correction", round.correction() == null ? null : json.writeValueAsString(round.correction()))
                .update();
    }

    private void saveStep(String documentId, Round round, Step step) {
        Step.Delegation d = step.delegation();
        Step.Followup f = step.followup();
        Person escalatedTo = f.escalatedTo();
        jdbc.sql("""
                        INSERT INTO review_steps (document_id, revision, level, role, reviewer_username, reviewer_name,
                            reviewer_unit, assigned_at, due_at, decision, opinion, decided_at, delegation_kind,
                            delegate_username, delegate_name, delegate_unit, delegated_until, reminded_at,
                            due_notice_at, escalated_to_username, escalated_to_name, escalated_to_unit,
                            escalated_at, last_urged_at, next_followup_at, countersign_rule, countersign_required,
                            added_by_username, added_by_name, added_by_unit)
                        VALUES (:id, :revision, :level, :role, :ru, :rn, :runit, :assignedAt, :dueAt, :decision,
                                :opinion, :decidedAt, :dk, :du, :dn, :dunit, :until, :remindedAt, :dueNoticeAt,
                                :eu, :en, :eunit, :escalatedAt, :urgedAt, :next, :csRule, :csRequired,
                                :abu, :abn, :abunit)
                        ON CONFLICT (document_id, revision, level) DO UPDATE SET role = EXCLUDED.role,
                            reviewer_username = EXCLUDED.reviewer_username, reviewer_name = EXCLUDED.reviewer_name,
                            reviewer_unit = EXCLUDED.reviewer_unit, assigned_at = EXCLUDED.assigned_at,
                            due_at = EXCLUDED.due_at, decision = EXCLUDED.decision, opinion = EXCLUDED.opinion,
                            decided_at = EXCLUDED.decided_at, delegation_kind = EXCLUDED.delegation_kind,
                            delegate_username = EXCLUDED.delegate_username, delegate_name = EXCLUDED.delegate_name,
                            delegate_unit = EXCLUDED.delegate_unit, delegated_until = EXCLUDED.delegated_until,
                            reminded_at = EXCLUDED.reminded_at, due_notice_at = EXCLUDED.due_notice_at,
                            escalated_to_username = EXCLUDED.escalated_to_username,
                            escalated_to_name = EXCLUDED.escalated_to_name,
                            escalated_to_unit = EXCLUDED.escalated_to_unit, escalated_at = EXCLUDED.escalated_at,
                            last_urged_at = EXCLUDED.last_urged_at, next_followup_at = EXCLUDED.next_followup_at,
                            countersign_rule = EXCLUDED.countersign_rule,
                            countersign_required = EXCLUDED.countersign_required,
                            added_by_username = EXCLUDED.added_by_username, added_by_name = EXCLUDED.added_by_name,
                            added_by_unit = EXCLUDED.added_by_unit""")
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
                .param("dk", d == null ? null : d.kind())
                .param("du", d == null ? null : d.delegate().username())
                .param("dn", d == null ? null : d.delegate().name())
                .param("dunit", d == null ? null : d.delegate().unit())
                .param("until", d == null ? null : timestamp(d.until()))
                .param("remindedAt", timestamp(f.remindedAt()))
                .param("dueNoticeAt", timestamp(f.dueNoticeAt()))
                .param("eu", escalatedTo == null ? null : escalatedTo.username())
                .param("en", escalatedTo == null ? null : escalatedTo.name())
                .param("eunit", escalatedTo == null ? null : escalatedTo.unit())
                .param("escalatedAt", timestamp(f.escalatedAt()))
                .param("urgedAt", timestamp(f.lastUrgedAt()))
                .param("next", round.status() == ReviewStatus.IN_REVIEW && step.level() == round.currentLevel()
                        ? timestamp(reminders.nextFollowUp(step).orElse(null)) : null)
                .param("csRule", step.countersign() == null ? null : step.countersign().rule())
                .param("csRequired", step.countersign() == null ? null : step.countersign().required())
                .param("abu", step.addedBy() == null ? null : step.addedBy().username())
                .param("abn", step.addedBy() == null ? null : step.addedBy().name())
                .param("abunit", step.addedBy() == null ? null : step.addedBy().unit())
                .update();
    }

    private void saveAct(String documentId, int revision, int seq, Act act) {
        Person behalf = act.onBehalfOf();
        jdbc.sql("""
                        INSERT INTO review_acts (document_id, revision, seq, action, actor_username, actor_name,
                            actor_unit, role, level, at, opinion, on_behalf_username, on_behalf_name, on_behalf_unit,
                            subject_username, subject_name, subject_unit)
                        VALUES (:id, :revision, :seq, :action, :au, :an, :aunit, :role, :level, :at, :opinion,
                                :bu, :bn, :bunit, :su, :sn, :sunit)
                        ON CONFLICT (document_id, revision, seq) DO NOTHING""")
                .param("id", documentId)
                .param("revision", revision)
                .param("seq", seq)
                .param("action", act.action())
                .param("au", act.actor().username())
                .param("an", act.actor().name())
                .param("aunit", act.actor().unit())
                .param("role", act.role())
                .param("level", act.level())
                .param("at", timestamp(act.at()))
                .param("opinion", act.opinion())
                .param("bu", behalf == null ? null : behalf.username())
                .param("bn", behalf == null ? null : behalf.name())
                .param("bunit", behalf == null ? null : behalf.unit())
                .param("su", act.subject() == null ? null : act.subject().username())
                .param("sn", act.subject() == null ? null : act.subject().name())
                .param("sunit", act.subject() == null ? null : act.subject().unit())
                .update();
    }

    private void deleteStepsAbove(String documentId, int revision, int lastLevel) {
        for (String table : List.of("review_countersigners", "review_steps")) {
            jdbc.sql("DELETE FROM " + table + " WHERE document_id = :id AND revision = :revision AND level > :level")
                    .param("id", documentId).param("revision", revision).param("level", lastLevel).update();
        }
    }

    /** The step's countersigners as they stand: few rows, rewritten under the review's row lock. */
    private void saveCountersigners(String documentId, int revision, Step step) {
        jdbc.sql("DELETE FROM review_countersigners WHERE document_id = :id AND revision = :revision AND level = :level")
                .param("id", documentId).param("revision", revision).param("level", step.level()).update();
        if (step.countersign() == null) {
            return;
        }
        List<Countersign.Countersigner> signers = step.countersign().signers();
        for (int seq = 1; seq <= signers.size(); seq++) {
            Countersign.Countersigner c = signers.get(seq - 1);
            jdbc.sql("""
                            INSERT INTO review_countersigners (document_id, revision, level, seq, username, name, unit,
                                decision, opinion, decided_at)
                            VALUES (:id, :revision, :level, :seq, :u, :n, :unit, :decision, :opinion, :at)""")
                    .param("id", documentId).param("revision", revision).param("level", step.level())
                    .param("seq", seq)
                    .param("u", c.person().username()).param("n", c.person().name()).param("unit", c.person().unit())
                    .param("decision", c.decision() == null ? null : c.decision().name())
                    .param("opinion", c.opinion())
                    .param("at", timestamp(c.decidedAt()))
                    .update();
        }
    }

    private static Countersign.Countersigner countersigner(ResultSet rs) throws SQLException {
        String decision = rs.getString("decision");
        return new Countersign.Countersigner(new Person(rs.getString("username"), rs.getString("name"),
                rs.getString("unit")), decision == null ? null : Decision.valueOf(decision), rs.getString("opinion"),
                instant(rs, "decided_at"));
    }

    private static Step step(ResultSet rs) throws SQLException {
        String decision = rs.getString("decision");
        String kind = rs.getString("delegation_kind");
        Step.Delegation delegation = kind == null ? null
                : new Step.Delegation(kind, person(rs, "delegate"), instant(rs, "delegated_until"));
        Person escalatedTo = rs.getString("escalated_to_username") == null ? null : person(rs, "escalated_to");
        return new Step(rs.getInt("level"), rs.getString("role"), person(rs, "reviewer"), instant(rs, "assigned_at"),
                instant(rs, "due_at"), decision == null ? null : Decision.valueOf(decision), rs.getString("opinion"),
                instant(rs, "decided_at"), delegation, new Step.Followup(instant(rs, "reminded_at"),
                instant(rs, "due_notice_at"), escalatedTo, instant(rs, "escalated_at"), instant(rs, "last_urged_at")),
                rs.getString("countersign_rule") == null ? null
                        : new Countersign(rs.getString("countersign_rule"), rs.getInt("countersign_required"),
                        List.of()),
                rs.getString("added_by_username") == null ? null : person(rs, "added_by"));
    }

    private static Act act(ResultSet rs) throws SQLException {
        Person behalf = rs.getString("on_behalf_username") == null ? null : person(rs, "on_behalf");
        int level = rs.getInt("level");
        Integer actLevel = rs.wasNull() ? null : level;
        Person subject = rs.getString("subject_username") == null ? null : person(rs, "subject");
        return new Act(rs.getString("action"), person(rs, "actor"), rs.getString("role"), actLevel,
                instant(rs, "at"), rs.getString("opinion"), behalf, subject);
    }

    private static Review.Issue issue(ResultSet rs) throws SQLException {
        String number = rs.getString("document_number");
        return number == null ? null : new Review.Issue(number, rs.getObject("document_date", java.time.LocalDate.class),
                instant(rs, "issued_at"), person(rs, "signer"), rs.getObject("minutes_period", Integer.class));
    }

    private static Person person(ResultSet rs, String prefix) throws SQLException {
        return new Person(rs.getString(prefix + "_username"), rs.getString(prefix + "_name"), rs.getString(prefix + "_unit"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private record ReviewRow(Person drafter, Review.Issue issue, long version) {
    }
}
