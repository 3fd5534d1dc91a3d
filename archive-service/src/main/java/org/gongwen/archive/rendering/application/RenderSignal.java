package org.gongwen.archive.rendering.application;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the render worker when a job was queued (after the archiving transaction commits), so a new record is
 * rendered at once instead of at the next poll. Wake-ups do not pile up: one pending wake-up covers any number.
 */
public final class RenderSignal {

    private final Semaphore wakeUps = new Semaphore(0);

    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Waits at most {@code timeout}; true when woken rather than timed out. */
    public boolean await(Duration timeout) throws InterruptedException {
        boolean woken = wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        wakeUps.drainPermits();
        return woken;
    }
}
