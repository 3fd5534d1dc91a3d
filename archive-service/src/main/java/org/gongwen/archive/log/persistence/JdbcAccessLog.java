package org.gongwen.archive.log.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gongwen.archive.log.application.AccessLog;
import org.gongwen.archive.log.domain.AccessEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The access log on PostgreSQL: INSERT and SELECT only. */
class JdbcAccessLog implements AccessLog {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    JdbcAccessLog(JdbcClient jdbc, TransactionTemplate ownTransaction) {
        this.jdbc = jdbc;
        this.ownTransaction = ownTransaction;
    }

    @Override
    public void record(AccessEntry e) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO archive_access_log (id, reader, reader_name, roles, action, document_id, outcome, at)
                        VALUES (:id, :reader, :name, :roles, :action, :doc, :outcome, :at)""")
                .param("id", e.id()).param("reader", e.reader()).param("name", e.readerName())
                .param("roles", e.roles()).param("action", e.action()).param("doc", e.documentId())
                .param("outcome", e.shown() ? "shown" : "not-found").param("at", e.at().atOffset(ZoneOffset.UTC))
                .update());
    }

    @Override
    public List<AccessEntry> find(String reader, String documentId, String excludedReader, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(reader, documentId, excludedReader, params);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        return jdbc.sql("SELECT * FROM archive_access_log WHERE " + where + " ORDER BY at DESC, id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new AccessEntry(rs.getObject("id", UUID.class), rs.getString("reader"),
                        rs.getString("reader_name"), rs.getString("roles"), rs.getString("action"),
                        rs.getString("document_id"), rs.getString("outcome").equals("shown"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public long count(String reader, String documentId, String excludedReader) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(reader, documentId, excludedReader, params);
        return jdbc.sql("SELECT count(*) FROM archive_access_log WHERE " + where).params(params).query(Long.class)
                .single();
    }

    private static String where(String reader, String documentId, String excludedReader, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("TRUE");
        if (reader != null) {
            where.append(" AND reader = :reader");
            params.put("reader", reader);
        }
        if (documentId != null) {
            where.append(" AND document_id = :documentId");
            params.put("documentId", documentId);
        }
        if (excludedReader != null) {
            where.append(" AND reader <> :excluded");
            params.put("excluded", excludedReader);
        }
        return where.toString();
    }
}
