package org.gongwen.archive.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongwen.archive.log.application.PendingEntries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogSequencerTest {

    private final AtomicInteger drains = new AtomicInteger();
    private final PendingEntries pending = new PendingEntries();
    private LogSequencer sequencer;

    @AfterEach
    void stop() {
        sequencer.stop();
    }

    @Test
    void integratesOnStartThenOnlyWhenEntriesWereQueued() {
        sequencer = new LogSequencer(drains::incrementAndGet, pending, Duration.ofMillis(10), Duration.ofHours(1));
        sequencer.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> drains.get() == 1);

        // nothing queued: no further run while the idle interval (an hour) has not passed
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> drains.get() == 1);

        pending.raise();
        await().atMost(Duration.ofSeconds(5)).until(() -> drains.get() == 2);
    }

    @Test
    void entriesQueuedTogetherAreIntegratedTogether() throws InterruptedException {
        sequencer = new LogSequencer(drains::incrementAndGet, pending, Duration.ofMillis(300), Duration.ofHours(1));
        sequencer.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> drains.get() == 1);

        for (int i = 0; i < 20; i++) {
            pending.raise();
            Thread.sleep(5);
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> drains.get() >= 2);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> drains.get() <= 3);
        assertThat(drains.get()).isBetween(2, 3);
    }

    @Test
    void looksAnywayAfterTheIdleInterval() {
        sequencer = new LogSequencer(drains::incrementAndGet, pending, Duration.ofMillis(10), Duration.ofMillis(100));
        sequencer.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> drains.get() >= 3);
    }

    @Test
    void aFailedRunIsRetriedAtTheNextSignal() {
        AtomicInteger attempts = new AtomicInteger();
        sequencer = new LogSequencer(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("database away");
        }, pending, Duration.ofMillis(10), Duration.ofHours(1));
        sequencer.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() == 1);

        pending.raise();

        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() == 2);
        assertThat(sequencer.isRunning()).isTrue();
    }
}
