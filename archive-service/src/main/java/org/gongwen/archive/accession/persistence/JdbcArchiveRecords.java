package org.gongwen.archive.accession.persistence;

import static org.gongwen.archive.accession.persistence.RecordRows.COLUMNS;
import static org.gongwen.archive.accession.persistence.RecordRows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.gongwen.archive.shared.application.ArchiveRecords;
import org.gongwen.archive.shared.domain.ArchivalClass;
import org.gongwen.archive.shared.domain.ArchiveNo;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.Clearance;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;


/**
 * {@link ArchiveRecords} on PostgreSQL: INSERT and SELECT only; the table refuses anything else. The search over
 * the records (its SQL planning and estimates) is the search slice's {@code JdbcRecordSearch}.
 */
class JdbcArchiveRecords implements ArchiveRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcArchiveRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean containsLocked(String documentId) {
        // a transaction-scoped lock on the id: the row may not exist yet, so there is nothing to SELECT FOR UPDATE
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:id, 0))").param("id", documentId)
                .query((rs, n) -> 1).list();
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM archive_records WHERE document_id = :id)")
                .param("id", documentId).query(Boolean.class).single();
    }

    @Override
    public int nextItemNo(ArchivalClass c) {
        return jdbc.sql("""
                        INSERT INTO archive_item_counters (year, retention, unit, last_item) VALUES (:year, :retention, :unit, 1)
                        ON CONFLICT (year, retention, unit) DO UPDATE SET last_item = archive_item_counters.last_item + 1
                        RETURNING last_item""")
                .param("year", c.year()).param("retention", c.retention().code()).param("unit", c.unit())
                .query(Integer.class).single();
    }

    @Override
    public void add(ArchiveRecord r) {
        DocumentContent content = r.content();
        ArchiveNo no = r.archiveNo();
        Person drafter = r.drafter() == null ? new Person(null, null, null) : r.drafter();
        Person signer = r.signer() == null ? new Person(null, null, null) : r.signer();
        jdbc.sql("""
                        INSERT INTO archive_records (document_id, revision, archive_no, fonds, year, retention, unit, item_no,
                            document_number, title, doc_type, body, content, content_hash, classification, classification_rank,
                            drafter_username, drafter_name, signer_username, signer_name, signer_unit, issued_at,
                            document_date, archived_at, trail, kind, particulars, minutes_period)
                        VALUES (:documentId, :revision, :archiveNo, :fonds, :year, :retention, :unit, :itemNo,
                            :documentNumber, :title, :docType, :body, CAST(:content AS jsonb), :contentHash, :classification,
                            :rank, :drafterUsername, :drafterName, :signerUsername, :signerName, :signerUnit, :issuedAt,
                            :documentDate, :archivedAt, CAST(:trail AS jsonb), :kind, CAST(:particulars AS jsonb),
                            :minutesPeriod)""")
                .param("documentId", r.documentId())
                .param("revision", r.revision())
                .param("archiveNo", no.format())
                .param("fonds", no.fonds())
                .param("year", r.year())
                .param("retention", r.retention().code())
                .param("unit", r.unit())
                .param("itemNo", no.itemNo())
                .param("documentNumber", r.documentNumber())
                .param("title", content.title() == null ? "" : content.title())
                .param("docType", content.docType())
                .param("body", content.body())
                .param("content", json.writeValueAsString(content))
                .param("contentHash", r.contentHash())
                .param("classification", content.classification())
                .param("rank", r.classification().rank())
                .param("drafterUsername", drafter.username())
                .param("drafterName", drafter.name())
                .param("signerUsername", signer.username())
                .param("signerName", signer.name())
                .param("signerUnit", signer.unit())
                .param("issuedAt", utc(r.issuedAt()))
                .param("documentDate", r.documentDate())
                .param("archivedAt", utc(r.archivedAt()))
                .param("trail", json.writeValueAsString(r.trail()))
                .param("kind", r.kind().name())
                .param("particulars", r.particulars() == null ? null : json.writeValueAsString(r.particulars()))
                .param("minutesPeriod", r.minutesPeriod())
                .update();
    }

    @Override
    public Optional<ArchiveRecord> find(String documentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM archive_records WHERE document_id = :id").param("id", documentId)
                .query(this::map).optional();
    }

    @Override
    public List<ArchiveRecord> inClass(String fonds, ArchivalClass c, Clearance reader) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM archive_records WHERE fonds = :fonds AND year = :year"
                        + " AND retention = :retention AND unit = :unit AND classification_rank <= :rank ORDER BY item_no")
                .param("fonds", fonds).param("year", c.year()).param("retention", c.retention().code())
                .param("unit", c.unit()).param("rank", reader.rank()).query(this::map).list();
    }

    private ArchiveRecord map(ResultSet rs, int row) throws SQLException {
        return RecordRows.map(rs, json);
    }
}
