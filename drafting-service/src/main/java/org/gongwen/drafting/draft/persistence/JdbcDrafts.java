package org.gongwen.drafting.draft.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongwen.drafting.draft.application.DraftPage;
import org.gongwen.drafting.draft.application.Drafts;
import org.gongwen.drafting.draft.application.SavedVersion;
import org.gongwen.drafting.draft.application.Submission;
import org.gongwen.drafting.draft.domain.ChainLevel;
import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.drafting.draft.domain.DraftStatus;
import org.gongwen.drafting.draft.domain.ReplyTo;
import org.gongwen.drafting.draft.domain.ReviewOpinion;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcDrafts implements Drafts {

    private static final String COLUMNS = """
            id, drafter_person::text AS drafter_person, status, revision, version, content::text AS content,
            chain::text AS chain, history::text AS history, document_number, signer::text AS signer, issued_at,
            archive_no, document_date, correction::text AS correction, created_at, updated_at, reply_incoming_id,
            reply_receipt_number""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcDrafts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<Draft> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM drafts WHERE id = :id").param("id", id)
                .query(this::draft).optional();
    }

    @Override
    public Optional<Draft> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM drafts WHERE id = :id FOR UPDATE").param("id", id)
                .query(this::draft).optional();
    }

    @Override
    public void insert(Draft d) {
        jdbc.sql("""
                        INSERT INTO drafts (id, drafter, drafter_person, status, revision, version, content, chain, history,
                                            document_number, signer, issued_at, archive_no, document_date, created_at, updated_at,
                                            reply_incoming_id, reply_receipt_number)
                        VALUES (:id, :drafter, CAST(:drafterPerson AS jsonb), :status, :revision, :version,
                                CAST(:content AS jsonb), CAST(:chain AS jsonb), CAST(:history AS jsonb), :documentNumber,
                                CAST(:signer AS jsonb), :issuedAt, :archiveNo, :documentDate, :createdAt, :updatedAt,
                                :replyIncomingId, :replyReceiptNumber)""")
                .paramSource(new DraftRow(d, json))
                .update();
    }

    @Override
    public void update(Draft d) {
        jdbc.sql("""
                        UPDATE drafts SET status = :status, revision = :revision, version = :version,
                               content = CAST(:content AS jsonb), chain = CAST(:chain AS jsonb),
                               history = CAST(:history AS jsonb), document_number = :documentNumber,
                               signer = CAST(:signer AS jsonb), issued_at = :issuedAt, archive_no = :archiveNo,
                               document_date = :documentDate, correction = CAST(:correction AS jsonb),
                               updated_at = :updatedAt
                        WHERE id = :id""")
                .paramSource(new DraftRow(d, json))
                .update();
    }

    @Override
    public void saveVersion(SavedVersion v) {
        jdbc.sql("""
                        INSERT INTO draft_versions (draft_id, version, content, content_hash, author, saved_at)
                        VALUES (:draftId, :version, CAST(:content AS jsonb), :hash, :author, :savedAt)""")
                .param("draftId", v.draftId())
                .param("version", v.version())
                .param("content", json.writeValueAsString(v.content()))
                .param("hash", v.contentHash())
                .param("author", v.author())
                .param("savedAt", Timestamp.from(v.savedAt()))
                .update();
    }

    @Override
    public List<SavedVersion> versions(UUID id) {
        return jdbc.sql(VERSION_COLUMNS + " WHERE draft_id = :id ORDER BY version").param("id", id)
                .query(this::version).list();
    }

    @Override
    public Optional<SavedVersion> version(UUID id, long version) {
        return jdbc.sql(VERSION_COLUMNS + " WHERE draft_id = :id AND version = :version").param("id", id)
                .param("version", version).query(this::version).optional();
    }

    @Override
    public void recordSubmission(Submission s) {
        jdbc.sql("""
                        INSERT INTO draft_submissions (draft_id, revision, version, content_hash, submitted_at)
                        VALUES (:draftId, :revision, :version, :hash, :at)""")
                .param("draftId", s.draftId()).param("revision", s.revision()).param("version", s.version())
                .param("hash", s.contentHash()).param("at", Timestamp.from(s.submittedAt()))
                .update();
    }

    @Override
    public List<Submission> submissions(UUID id) {
        return jdbc.sql("SELECT revision, version, content_hash, submitted_at FROM draft_submissions"
                        + " WHERE draft_id = :id ORDER BY revision").param("id", id)
                .query((rs, n) -> new Submission(id, rs.getInt("revision"), rs.getLong("version"),
                        rs.getString("content_hash"), instant(rs, "submitted_at"))).list();
    }

    private static final String VERSION_COLUMNS =
            "SELECT draft_id, version, content::text AS content, content_hash, author, saved_at FROM draft_versions";

    private SavedVersion version(ResultSet rs, int row) throws SQLException {
        return new SavedVersion(rs.getObject("draft_id", UUID.class), rs.getLong("version"),
                json.readValue(rs.getString("content"), DocumentContent.class), rs.getString("content_hash"),
                rs.getString("author"), instant(rs, "saved_at"));
    }

    @Override
    public DraftPage byDrafter(String drafter, DraftStatus status, int page, int size) {
        String filter = status == null ? "" : " AND status = :status";
        long total = jdbc.sql("SELECT count(*) FROM drafts WHERE drafter = :drafter" + filter)
                .param("drafter", drafter)
                .param("status", status == null ? null : status.name())
                .query(Long.class).single();
        List<Draft> items = jdbc.sql("SELECT " + COLUMNS + " FROM drafts WHERE drafter = :drafter" + filter
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("drafter", drafter)
                .param("status", status == null ? null : status.name())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(this::draft).list();
        return new DraftPage(items, page, size, total);
    }

    private Draft draft(ResultSet rs, int row) throws SQLException {
        return new Draft(rs.getObject("id", UUID.class),
                json.readValue(rs.getString("content"), DocumentContent.class),
                json.readValue(rs.getString("drafter_person"), Person.class),
                DraftStatus.valueOf(rs.getString("status")),
                rs.getInt("revision"),
                rs.getLong("version"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                json.readValue(rs.getString("chain"), new TypeReference<List<ChainLevel>>() { }),
                json.readValue(rs.getString("history"), new TypeReference<List<ReviewOpinion>>() { }),
                rs.getString("document_number"),
                rs.getString("signer") == null ? null : json.readValue(rs.getString("signer"), Person.class),
                instant(rs, "issued_at"),
                rs.getString("archive_no"),
                rs.getObject("document_date", java.time.LocalDate.class),
                rs.getObject("reply_incoming_id", UUID.class) == null ? null
                        : new ReplyTo(rs.getObject("reply_incoming_id", UUID.class), rs.getString("reply_receipt_number")),
                rs.getString("correction") == null ? null
                        : json.readValue(rs.getString("correction"), org.gongwen.drafting.draft.domain.Correction.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
