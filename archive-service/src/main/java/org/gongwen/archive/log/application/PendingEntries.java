package org.gongwen.archive.log.application;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Tells the sequencer that entries were queued: raised after each transaction that queued some commits. Without it
 * the sequencer looked every 200 ms whether or not anything was there — five transactions a second at idle.
 */
public final class PendingEntries {

    private final Semaphore raised = new Semaphore(0);

    public void raise() {
        raised.release();
    }

    /** Waits until raised or until {@code longest} has passed; either way the signals so far are spent. */
    public void await(Duration longest) throws InterruptedException {
        raised.tryAcquire(longest.toMillis(), TimeUnit.MILLISECONDS);
        raised.drainPermits();
    }
}
