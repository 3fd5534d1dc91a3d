package org.gongwen.archive.rendering.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.gongwen.archive.log.application.LogQueue;
import org.gongwen.archive.rendering.domain.RenderJobPolicy;
import org.gongwen.archive.rendering.domain.RenditionRetry;
import org.gongwen.archive.shared.application.ArchiveRecords;
import org.gongwen.archive.shared.application.Reader;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RenditionFiles;
import org.gongwen.archive.verifier.ArchivalPackage;
import org.gongwen.kernel.Refusal;
import org.gongwen.kernel.Transactions;

/**
 * Renders archived records one job at a time, off the archiving path: claim a due job (short transaction), render
 * with no transaction open (0.1–3 s of CPU), then store both files with their SHA-256, queue their log leaf and
 * drop the job in one transaction. A failure is recorded on the job and tried again by {@link RenderJobPolicy}.
 */
public final class RenderingDocuments {

    /** The JDK's logger: the application layer names no logging framework (Spring Boot routes it to the service's). */
    private static final System.Logger LOG = System.getLogger(RenderingDocuments.class.getName());

    private final RenderJobs jobs;
    private final StoredRenditions renditions;
    private final ArchiveRecords records;
    private final Renderer renderer;
    private final LogQueue log;
    private final Transactions transactions;
    private final RenderJobPolicy policy;
    private final Clock clock;

    public RenderingDocuments(RenderJobs jobs, StoredRenditions renditions, ArchiveRecords records,
                              Renderer renderer, LogQueue log, Transactions transactions, RenderJobPolicy policy,
                              Clock clock) {
        this.jobs = jobs;
        this.renditions = renditions;
        this.records = records;
        this.renderer = renderer;
        this.log = log;
        this.transactions = transactions;
        this.policy = policy;
        this.clock = clock;
    }

    /** Lets go of what rendering keeps between documents; see {@link Renderer#release()}. */
    public void releaseRenderer() {
        renderer.release();
    }

    /** What re-queuing a given-up job answers. */
    public sealed interface Requeue permits Requeued, NotRequeued, UnknownRecord {
    }

    /** Pending again, due now; the worker has been woken. */
    public record Requeued(String documentId) implements Requeue {
    }

    public record NotRequeued(Refusal refusal) implements Requeue {
    }

    /** No such record, or one above the archivist's clearance (shown as unknown, like every read). */
    public record UnknownRecord() implements Requeue {
    }

    /**
     * An archivist queues a job the worker gave up again (RENDITION-RETRY-1/2), once its cause is fixed: all its
     * attempts afresh, due now.
     */
    public Requeue requeue(Reader who, String documentId) {
        Optional<Refusal> notAllowed = RenditionRetry.byWhom(who.roles());
        if (notAllowed.isPresent()) {
            return new NotRequeued(notAllowed.get());
        }
        if (records.find(documentId).filter(r -> who.clearance().covers(r.classification())).isEmpty()) {
            return new UnknownRecord();
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Optional<Refusal> refused = RenditionRetry.inState(stateOf(documentId));
            if (refused.isPresent()) {
                return new NotRequeued(refused.get());
            }
            if (!jobs.requeue(documentId, now, who.username())) {
                // another archivist was a moment quicker
                return new NotRequeued(RenditionRetry.notFailed("版式文件正在生成", "pending"));
            }
            LOG.log(System.Logger.Level.INFO, "Rendering {0} re-queued by {1}", documentId, who.username());
            return new Requeued(documentId);
        });
    }

    private RenditionRetry.State stateOf(String documentId) {
        if (renditions.exists(documentId)) {
            return RenditionRetry.State.RENDERED;
        }
        return jobs.status(documentId)
                .map(s -> s.failed() ? RenditionRetry.State.FAILED : RenditionRetry.State.PENDING)
                .orElse(RenditionRetry.State.NONE);
    }

    /** Works off the next due job; false when none was due. */
    public boolean renderNext() {
        Instant now = clock.instant();
        Optional<RenderJobs.Job> claimed = transactions.inTransaction(() -> jobs.claim(now, policy.leaseEnds(now)));
        if (claimed.isEmpty()) {
            return false;
        }
        RenderJobs.Job job = claimed.get();
        try {
            render(job.documentId());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // a render too big for the heap or the stack fails this document, not the service: its garbage is gone
            // once the exception has unwound, and the failure is recorded like any other
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            Instant failedAt = clock.instant();
            transactions.inTransaction(() -> {
                if (policy.afterFailure(job.attempts(), failedAt) instanceof RenderJobPolicy.RetryAt retry) {
                    LOG.log(System.Logger.Level.WARNING, "Rendering {0} failed (attempt {1}), retried at {2}: {3}",
                            job.documentId(), job.attempts(), retry.at(), error);
                    jobs.retryAt(job.documentId(), retry.at(), error);
                } else {
                    LOG.log(System.Logger.Level.ERROR, "Rendering {0} failed (attempt {1}), given up: {2}",
                            job.documentId(), job.attempts(), error);
                    jobs.giveUp(job.documentId(), failedAt, error);
                }
                return null;
            });
        }
        return true;
    }

    private void render(String documentId) {
        if (renditions.exists(documentId)) {
            // a worker whose lease ran out finished after all: the files stay as first stored
            transactions.inTransaction(() -> {
                jobs.done(documentId);
                return null;
            });
            return;
        }
        ArchiveRecord record = records.find(documentId)
                .orElseThrow(() -> new IllegalStateException("render job for an unknown record " + documentId));
        Renderer.Rendered rendered = renderer.render(record);
        // PostgreSQL keeps microseconds: the leaf and the row must carry the same instant
        RenditionFiles files = new RenditionFiles(documentId, ArchivalPackage.sha256Hex(rendered.pdf()),
                rendered.pdf().length, ArchivalPackage.sha256Hex(rendered.ofd()), rendered.ofd().length,
                rendered.pageCount(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        transactions.inTransaction(() -> {
            if (!renditions.exists(documentId)) {
                renditions.add(files, rendered.pdf(), rendered.ofd());
                // queued with the files: no stored rendition without its leaf-to-be
                log.enqueue(files);
            }
            jobs.done(documentId);
            return null;
        });
    }
}
