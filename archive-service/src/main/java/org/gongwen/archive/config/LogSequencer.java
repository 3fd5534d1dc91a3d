package org.gongwen.archive.config;

import java.time.Duration;

import org.gongwen.archive.log.application.PendingEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the log's sequencer on one background thread while the service runs. It integrates when entries were
 * queued ({@link PendingEntries}, raised on commit), at most once per {@code interval} so that entries arriving
 * together become one batch and one checkpoint, and at the latest after {@code idleInterval}: entries queued by an
 * instance that stopped before its own sequencer ran, or by a writer that raised no signal here.
 */
final class LogSequencer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LogSequencer.class);

    private final Runnable drain;
    private final PendingEntries pending;
    private final Duration interval;
    private final Duration idleInterval;
    private Thread thread;

    LogSequencer(Runnable drain, PendingEntries pending, Duration interval, Duration idleInterval) {
        this.drain = drain;
        this.pending = pending;
        this.interval = interval;
        this.idleInterval = idleInterval;
    }

    @Override
    public synchronized void start() {
        thread = new Thread(this::run, "archive-log-sequencer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                integrate();
                Thread.sleep(interval.toMillis());
                pending.await(idleInterval);
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private void integrate() {
        try {
            drain.run();
        } catch (RuntimeException e) {
            // the database may be away for a moment: the queue keeps everything, the next run catches up
            log.warn("Log integration failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
