package org.gongwen.archive.accession.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gongwen.archive.accession.application.ArchiveIntegrity;
import org.gongwen.archive.accession.domain.FourProperties;
import org.gongwen.archive.log.persistence.LeafEncoding;
import org.gongwen.archive.shared.application.RevisionLinks;
import org.gongwen.archive.shared.domain.ArchiveNo;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database's side of the 四性 checks. */
class JdbcIntegrity implements ArchiveIntegrity {

    /** The tables whose rows are the archive: each must refuse UPDATE and DELETE. */
    static final String[] SEALED = {"archive_records", "archive_attachments", "archive_corrections",
            "archive_legal_holds", "archive_log_leaves", "archive_log_nodes", "archive_log_checkpoints",
            "archive_access_log", "archive_renditions", "archive_revision_links"};

    private final JdbcClient jdbc;
    private final RevisionLinks links;

    JdbcIntegrity(JdbcClient jdbc, RevisionLinks links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    @Override
    public Map<String, byte[]> revisionLinksAsLeaves(String documentId) {
        Map<String, byte[]> leaves = new LinkedHashMap<>();
        links.chainOf(documentId).forEach(l -> leaves.put(l.recordId(), LeafEncoding.of(l)));
        return leaves;
    }

    @Override
    public FourProperties.ItemSequence sequence(ArchiveNo no) {
        return jdbc.sql("""
                        SELECT count(*) AS n, coalesce(max(item_no), 0) AS highest FROM archive_records
                        WHERE fonds = :fonds AND year = :year AND retention = :retention AND unit = :unit""")
                .param("fonds", no.fonds()).param("year", no.archivalClass().year())
                .param("retention", no.archivalClass().retention().code()).param("unit", no.archivalClass().unit())
                .query((rs, n) -> new FourProperties.ItemSequence(rs.getLong("n"), rs.getInt("highest"))).single();
    }

    @Override
    public byte[] leafOf(ArchiveRecord record) {
        return LeafEncoding.of(record);
    }

    /**
     * Asked of the database as it is now, by the role the service runs as: no UPDATE or DELETE privilege on any
     * sealed table, and both refusing triggers present and enabled ('O' = origin and local, the default).
     */
    @Override
    public boolean appendOnlyEnforced() {
        for (String table : SEALED) {
            boolean sealed = jdbc.sql("""
                            SELECT NOT has_table_privilege(current_user, CAST(:t AS regclass), 'UPDATE')
                               AND NOT has_table_privilege(current_user, CAST(:t AS regclass), 'DELETE')
                               AND (SELECT count(*) FROM pg_trigger
                                    WHERE tgrelid = CAST(:t AS regclass) AND NOT tgisinternal AND tgenabled = 'O'
                                      AND tgfoid = 'archive_records_append_only'::regproc) >= 2""")
                    .param("t", table).query(Boolean.class).single();
            if (!sealed) {
                return false;
            }
        }
        return true;
    }
}
