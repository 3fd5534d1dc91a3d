package org.gongwen.archive.config;

import java.time.Clock;
import java.time.Duration;

import org.gongwen.archive.rendering.application.RenderSignal;
import org.gongwen.archive.rendering.application.RenderingDocuments;
import org.gongwen.archive.rendering.domain.IdleBackoff;
import org.gongwen.archive.rendering.domain.IdleRelease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Renders archived records on one background thread while the service runs: bounded (one render at a time per
 * instance, never on the event consumer's or a request's thread), woken after each archiving commits, polling with
 * a growing wait otherwise. The jobs are rows, so a restart loses none. Between bursts it lets go of the parsed
 * fonts ({@link IdleRelease}) and asks for a full collection, the only way the garbage they leave in the old generation
 * goes back to the system before the heap next fills (issue 15, P6: idle memory of the suite).
 */
public final class RenditionWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RenditionWorker.class);

    private final RenderingDocuments rendering;
    private final RenderSignal signal;
    private final IdleBackoff backoff;
    private final IdleRelease release;
    private final Clock clock;
    private Thread thread;
    private volatile boolean running;

    RenditionWorker(RenderingDocuments rendering, RenderSignal signal, IdleBackoff backoff, IdleRelease release,
                    Clock clock) {
        this.rendering = rendering;
        this.signal = signal;
        this.backoff = backoff;
        this.release = release;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::work, "archive-rendition-worker");
        thread.setDaemon(true);
        // rendering is background work: the consumer and the requests go first on a small machine
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void work() {
        Duration wait = backoff.min();
        while (running) {
            boolean worked;
            try {
                worked = rendering.renderNext();
            } catch (RuntimeException | OutOfMemoryError e) {
                // the database may be away for a moment: the jobs stay queued, a later round takes them; the thread
                // must outlive any one round, or renditions would silently stop until a restart
                log.warn("Rendering round failed, will retry: {}", e.toString());
                worked = false;
            }
            if (worked) {
                release.rendered(clock.instant());
                wait = backoff.min();
                continue;
            }
            if (release.releaseDue(clock.instant())) {
                releaseRenderer();
            }
            wait = backoff.next(wait, false);
            try {
                if (signal.await(wait)) {
                    wait = backoff.min();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void releaseRenderer() {
        rendering.releaseRenderer();
        returnHeapToSystem();
        log.debug("Rendering idle: fonts released, heap {} MB", Runtime.getRuntime().totalMemory() >> 20);
    }

    /**
     * Explicit collections on purpose: an idle service makes no garbage, so without them the fonts' arrays would stay
     * in the old generation, and in the process's memory, until the next burst of renders. The serial collector gives
     * back the excess of a generation in steps over consecutive full collections (none, 10 %, 40 %, all of it),
     * hence four (measured: 405 → 157 MB RSS after a burst of renders); each takes a few tens of milliseconds of a
     * small heap at an idle moment.
     */
    private static void returnHeapToSystem() {
        for (int collection = 0; collection < 4; collection++) {
            System.gc();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            // woken, not interrupted: an interrupt during a render would close the font files' channels for good
            signal.wake();
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }
}
