package org.gongwen.archive.rendering.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.gongwen.archive.rendering.application.RenderJobs;
import org.gongwen.archive.rendering.application.RenderSignal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Render jobs on PostgreSQL (V11 {@code archive_render_jobs}); claims skip rows another worker has locked. */
class JdbcRenderJobs implements RenderJobs {

    /** Long enough for a message, short enough for a row: a stack of causes is cut. */
    private static final int MAX_ERROR = 2000;

    private final JdbcClient jdbc;
    private final RenderSignal signal;

    JdbcRenderJobs(JdbcClient jdbc, RenderSignal signal) {
        this.jdbc = jdbc;
        this.signal = signal;
    }

    @Override
    public void enqueue(String documentId, Instant at) {
        jdbc.sql("""
                        INSERT INTO archive_render_jobs (document_id, next_attempt_at, enqueued_at) VALUES (:d, :at, :at)
                        ON CONFLICT (document_id) DO NOTHING""")
                .param("d", documentId).param("at", utc(at)).update();
        wakeAfterCommit();
    }

    @Override
    public boolean requeue(String documentId, Instant at, String by) {
        // only from 'failed': two archivists at once, or a worker's last word, cannot make a second pending job
        int changed = jdbc.sql("""
                        UPDATE archive_render_jobs SET state = 'pending', attempts = 0, next_attempt_at = :at,
                            failed_at = NULL, requeues = requeues + 1, requeued_by = :by, requeued_at = :at
                        WHERE document_id = :d AND state = 'failed'""")
                .param("d", documentId).param("at", utc(at)).param("by", by).update();
        if (changed > 0) {
            wakeAfterCommit();
        }
        return changed > 0;
    }

    private void wakeAfterCommit() {
        // woken once the job is visible to the worker's own transaction, not before
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.wake();
                }
            });
        } else {
            signal.wake();
        }
    }

    @Override
    public Optional<Job> claim(Instant now, Instant leaseEnds) {
        return jdbc.sql("""
                        UPDATE archive_render_jobs SET attempts = attempts + 1, next_attempt_at = :lease
                        WHERE document_id = (SELECT document_id FROM archive_render_jobs
                                             WHERE state = 'pending' AND next_attempt_at <= :now
                                             ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING document_id, attempts""")
                .param("now", utc(now)).param("lease", utc(leaseEnds))
                .query((rs, n) -> new Job(rs.getString("document_id"), rs.getInt("attempts"))).optional();
    }

    @Override
    public void done(String documentId) {
        jdbc.sql("DELETE FROM archive_render_jobs WHERE document_id = :d").param("d", documentId).update();
    }

    @Override
    public void retryAt(String documentId, Instant at, String error) {
        jdbc.sql("UPDATE archive_render_jobs SET next_attempt_at = :at, last_error = :e WHERE document_id = :d")
                .param("d", documentId).param("at", utc(at)).param("e", cut(error)).update();
    }

    @Override
    public void giveUp(String documentId, Instant at, String error) {
        jdbc.sql("""
                        UPDATE archive_render_jobs SET state = 'failed', failed_at = :at, last_error = :e
                        WHERE document_id = :d""")
                .param("d", documentId).param("at", utc(at)).param("e", cut(error)).update();
    }

    @Override
    public Optional<Status> status(String documentId) {
        return jdbc.sql("SELECT state, attempts, last_error FROM archive_render_jobs WHERE document_id = :d")
                .param("d", documentId)
                .query((rs, n) -> new Status("failed".equals(rs.getString("state")), rs.getInt("attempts"),
                        rs.getString("last_error")))
                .optional();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
