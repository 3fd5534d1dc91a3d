package org.gongwen.archive.accession.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.gongwen.archive.shared.domain.ArchivalClass;
import org.gongwen.archive.shared.domain.ArchiveNo;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RecordKind;
import org.gongwen.archive.shared.domain.RegistryParticulars;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.gongwen.events.TrailEntry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The rows of {@code archive_records} as records: the store's and the search's reads share them. */
public final class RecordRows {

    private static final TypeReference<List<TrailEntry>> TRAIL = new TypeReference<>() {
    };

    /** Every column but the search vector, which only the database needs. */
    public static final String COLUMNS = "document_id, revision, archive_no, fonds, year, retention, unit, item_no,"
            + " document_number, title, doc_type, body, content, content_hash, classification, classification_rank,"
            + " drafter_username, drafter_name, signer_username, signer_name, signer_unit, issued_at, document_date,"
            + " archived_at, trail, kind, particulars, minutes_period";

    private RecordRows() {
    }

    /** One row of {@link #COLUMNS} as the record it stores. */
    public static ArchiveRecord map(ResultSet rs, JsonMapper json) throws SQLException {
        ArchivalClass archivalClass = new ArchivalClass(rs.getInt("year"),
                Retention.ofCode(rs.getString("retention")).orElseThrow(), rs.getString("unit"));
        return new ArchiveRecord(
                rs.getString("document_id"),
                rs.getInt("revision"),
                new ArchiveNo(rs.getString("fonds"), archivalClass, rs.getInt("item_no")),
                rs.getString("document_number"),
                json.readValue(rs.getString("content"), DocumentContent.class),
                rs.getString("content_hash"),
                new Person(rs.getString("drafter_username"), rs.getString("drafter_name"), rs.getString("unit")),
                new Person(rs.getString("signer_username"), rs.getString("signer_name"), rs.getString("signer_unit")),
                instant(rs, "issued_at"),
                rs.getObject("document_date", LocalDate.class),
                instant(rs, "archived_at"),
                json.readValue(rs.getString("trail"), TRAIL),
                RecordKind.valueOf(rs.getString("kind")),
                particulars(rs.getString("particulars"), json),
                rs.getObject("minutes_period", Integer.class));
    }

    private static RegistryParticulars particulars(String stored, JsonMapper json) {
        return stored == null ? null : json.readValue(stored, RegistryParticulars.class);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
