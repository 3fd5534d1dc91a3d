package org.gongwen.archive.log.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongwen.archive.log.application.LogQueue;
import org.gongwen.archive.log.application.PendingEntries;
import org.gongwen.archive.log.application.LogStore;
import org.gongwen.archive.log.application.SignedCheckpoint;
import org.gongwen.archive.log.domain.Checkpoint;
import org.gongwen.archive.log.domain.MerkleTree;
import org.gongwen.archive.shared.application.ArchivedAttachments;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.Correction;
import org.gongwen.archive.shared.domain.LegalHold;
import org.gongwen.archive.shared.domain.RenditionFiles;
import org.gongwen.archive.shared.domain.RevisionLink;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The log on PostgreSQL: a queue, and append-only leaves, nodes and checkpoints. */
public class JdbcLog implements LogStore, LogQueue {

    /** Any fixed key: one sequencer at a time across all instances sharing the database. */
    private static final long SEQUENCER_LOCK = 0x6172636869766CL;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PendingEntries pending;

    public JdbcLog(JdbcClient jdbc, NamedParameterJdbcTemplate named, PendingEntries pending) {
        this.jdbc = jdbc;
        this.named = named;
        this.pending = pending;
    }

    @Override
    public void enqueue(ArchiveRecord record) {
        queue("record", record.documentId(), record.documentId(), LeafEncoding.of(record));
    }

    @Override
    public void enqueue(Correction correction) {
        queue("correction", correction.id().toString(), correction.documentId(), LeafEncoding.of(correction));
    }

    @Override
    public void enqueue(LegalHold hold) {
        queue("legal-hold", hold.id().toString(), hold.documentId(), LeafEncoding.of(hold));
    }

    @Override
    public void enqueue(String documentId, ArchivedAttachments.Stored file) {
        queue("attachment", documentId + "#" + file.position(), documentId, LeafEncoding.of(documentId, file));
    }

    @Override
    public void enqueue(RenditionFiles rendition) {
        queue("rendition", rendition.logEntryId(), rendition.documentId(), LeafEncoding.of(rendition));
    }

    @Override
    public void enqueue(RevisionLink link) {
        queue(REVISION_LINK, link.recordId(), link.documentId(), LeafEncoding.of(link));
    }

    @Override
    public void enqueueAll(List<ArchiveRecord> records) {
        // one batched statement (reWriteBatchedInserts makes it multi-row INSERTs): the round trip per entry, not
        // the tree, is what limits the queue (727 single INSERTs/s against 2 674 leaves/s integrated, docs/benchmarks.md)
        named.batchUpdate("INSERT INTO archive_log_pending (kind, entry_id, document_id, data) VALUES (:k, :e, :d, :data)",
                records.stream().map(r -> new MapSqlParameterSource().addValue("k", "record")
                        .addValue("e", r.documentId()).addValue("d", r.documentId())
                        .addValue("data", LeafEncoding.of(r))).toArray(MapSqlParameterSource[]::new));
        signalOnCommit();
    }

    private void queue(String kind, String entryId, String documentId, byte[] data) {
        jdbc.sql("INSERT INTO archive_log_pending (kind, entry_id, document_id, data) VALUES (:k, :e, :d, :data)")
                .param("k", kind).param("e", entryId).param("d", documentId).param("data", data).update();
        signalOnCommit();
    }

    /** The sequencer can only see the entries once the transaction that queued them has committed. */
    private void signalOnCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            pending.raise();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                pending.raise();
            }
        });
    }

    @Override
    public void lockForAppend() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", SEQUENCER_LOCK).query((rs, n) -> 1).list();
    }

    @Override
    public long size() {
        return jdbc.sql("SELECT coalesce(max(leaf_index) + 1, 0) FROM archive_log_leaves").query(Long.class).single();
    }

    @Override
    public List<Pending> pending(int max) {
        return jdbc.sql("SELECT seq, kind, entry_id, document_id, data FROM archive_log_pending ORDER BY seq LIMIT :max")
                .param("max", max)
                .query((rs, n) -> new Pending(rs.getLong("seq"), rs.getString("kind"), rs.getString("entry_id"),
                        rs.getString("document_id"), rs.getBytes("data")))
                .list();
    }

    @Override
    public void append(List<Leaf> leaves, List<MerkleTree.Node> nodes, List<Pending> integrated,
                       SignedCheckpoint signed) {
        named.batchUpdate("INSERT INTO archive_log_leaves (leaf_index, kind, entry_id, document_id, data)"
                        + " VALUES (:i, :k, :e, :d, :data)",
                leaves.stream().map(l -> new MapSqlParameterSource().addValue("i", l.index()).addValue("k", l.kind())
                        .addValue("e", l.entryId()).addValue("d", l.documentId()).addValue("data", l.data()))
                        .toArray(MapSqlParameterSource[]::new));
        named.batchUpdate("INSERT INTO archive_log_nodes (level, idx, hash) VALUES (:l, :i, :h)",
                nodes.stream().map(n -> new MapSqlParameterSource().addValue("l", n.level()).addValue("i", n.index())
                        .addValue("h", n.hash())).toArray(MapSqlParameterSource[]::new));
        // exactly the integrated entries, not "seq <= last": with concurrent archivings a smaller seq can commit after
        // a larger one was taken, and a range delete would drop it unintegrated (seen in the benchmark: 191 of
        // 20 000 entries from 4 writers lost; LogQueueIT)
        jdbc.sql("DELETE FROM archive_log_pending WHERE seq = ANY(:seqs)")
                .param("seqs", integrated.stream().map(Pending::seq).toArray(Long[]::new)).update();
        Checkpoint c = signed.checkpoint();
        jdbc.sql("""
                        INSERT INTO archive_log_checkpoints (tree_size, origin, root_hash, at, signature, public_key)
                        VALUES (:size, :origin, :root, :at, :sig, :key)""")
                .param("size", c.treeSize()).param("origin", c.origin()).param("root", c.rootHash())
                .param("at", c.timestamp().atOffset(ZoneOffset.UTC)).param("sig", signed.signature())
                .param("key", signed.publicKey()).update();
    }

    @Override
    public byte[] node(int level, long index) {
        return jdbc.sql("SELECT hash FROM archive_log_nodes WHERE level = :l AND idx = :i")
                .param("l", level).param("i", index).query(byte[].class).optional()
                .orElseThrow(() -> new IllegalStateException("log node " + level + "/" + index + " is missing"));
    }

    @Override
    public Map<MerkleTree.NodeId, byte[]> nodes(List<MerkleTree.NodeId> ids) {
        Map<MerkleTree.NodeId, byte[]> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT level, idx, hash FROM archive_log_nodes"
                        + " WHERE (level, idx) IN (SELECT * FROM unnest(CAST(:levels AS smallint[]), CAST(:indexes AS bigint[])))")
                .param("levels", ids.stream().map(MerkleTree.NodeId::level).toArray(Integer[]::new))
                .param("indexes", ids.stream().map(MerkleTree.NodeId::index).toArray(Long[]::new))
                .query((rs, n) -> found.put(new MerkleTree.NodeId(rs.getInt("level"), rs.getLong("idx")),
                        rs.getBytes("hash")))
                .list();
        return found;
    }

    @Override
    public Optional<Leaf> leafOf(String kind, String entryId) {
        return jdbc.sql("SELECT leaf_index, kind, entry_id, document_id, data FROM archive_log_leaves"
                        + " WHERE kind = :k AND entry_id = :e")
                .param("k", kind).param("e", entryId)
                .query((rs, n) -> new Leaf(rs.getLong("leaf_index"), rs.getString("kind"), rs.getString("entry_id"),
                        rs.getString("document_id"), rs.getBytes("data")))
                .optional();
    }

    @Override
    public Map<String, byte[]> entriesOf(String kind, String documentId) {
        Map<String, byte[]> found = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        SELECT entry_id, data FROM archive_log_leaves WHERE kind = :k AND document_id = :d
                        UNION ALL
                        SELECT entry_id, data FROM archive_log_pending WHERE kind = :k AND document_id = :d""")
                .param("k", kind).param("d", documentId)
                .query((rs, n) -> found.putIfAbsent(rs.getString("entry_id"), rs.getBytes("data"))).list();
        return found;
    }

    @Override
    public boolean isPending(String kind, String entryId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM archive_log_pending WHERE kind = :k AND entry_id = :e)")
                .param("k", kind).param("e", entryId).query(Boolean.class).single();
    }

    @Override
    public Optional<SignedCheckpoint> latestCheckpoint() {
        return jdbc.sql("SELECT * FROM archive_log_checkpoints ORDER BY tree_size DESC LIMIT 1")
                .query(JdbcLog::checkpoint).optional();
    }

    @Override
    public Optional<SignedCheckpoint> checkpoint(long treeSize) {
        return jdbc.sql("SELECT * FROM archive_log_checkpoints WHERE tree_size = :s").param("s", treeSize)
                .query(JdbcLog::checkpoint).optional();
    }

    private static SignedCheckpoint checkpoint(ResultSet rs, int row) throws SQLException {
        return new SignedCheckpoint(new Checkpoint(rs.getString("origin"), rs.getLong("tree_size"),
                rs.getBytes("root_hash"), rs.getObject("at", OffsetDateTime.class).toInstant()),
                rs.getBytes("signature"), rs.getBytes("public_key"));
    }
}
