package org.gongwen.archive.rendering.application;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The durable queue of render jobs: one per archived record until its files are stored. */
public interface RenderJobs {

    /** A claimed job; {@code attempts} counts this one. */
    record Job(String documentId, int attempts) {
    }

    /** A job still in the queue: waiting (or running) or given up, with the last failure. */
    record Status(boolean failed, int attempts, @Nullable String lastError) {
    }

    /** Queued in the caller's transaction (the archiving one); the worker is woken once it commits. */
    void enqueue(String documentId, Instant at);

    /**
     * The longest-due pending job whose next attempt is due at {@code now}, counted as attempted and left to this
     * worker until {@code leaseEnds}; empty when none is due. Another worker skips a job being claimed.
     */
    Optional<Job> claim(Instant now, Instant leaseEnds);

    /** The files are stored: the job is gone. */
    void done(String documentId);

    void retryAt(String documentId, Instant at, String error);

    void giveUp(String documentId, Instant at, String error);

    Optional<Status> status(String documentId);

    /**
     * A given-up job queued again by {@code by} (RENDITION-RETRY-2): pending, due at {@code at}, its attempts
     * counted afresh, the worker woken once this commits. False when the job is not (or no longer) failed.
     */
    boolean requeue(String documentId, Instant at, String by);
}
