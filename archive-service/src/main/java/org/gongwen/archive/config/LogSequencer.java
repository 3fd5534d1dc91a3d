package org.gongwen.archive.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.gongwen.archive.log.application.IntegratingLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the log's sequencer on one background thread while the service runs. */
final class LogSequencer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LogSequencer.class);

    private final IntegratingLog integrating;
    private final LogProperties properties;
    private ScheduledExecutorService executor;

    LogSequencer(IntegratingLog integrating, LogProperties properties) {
        this.integrating = integrating;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "archive-log-sequencer"));
        executor.scheduleWithFixedDelay(this::integrate, 0, properties.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void integrate() {
        try {
            integrating.drain(properties.batchSize());
        } catch (RuntimeException e) {
            // the database may be away for a moment: the queue keeps everything, the next run catches up
            log.warn("Log integration failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
