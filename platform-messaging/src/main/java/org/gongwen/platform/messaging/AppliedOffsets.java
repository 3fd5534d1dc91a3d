package org.gongwen.platform.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offsets of messages already applied (their transaction committed) but not yet committed to Kafka. Committing
 * after every poll cost a broker round trip and a write to {@code __consumer_offsets} per event and consumer group
 * (the group coordinator was 15 % of the broker's CPU under load, docs/benchmarks.md); the consumers are
 * idempotent ({@code processed_events}), so offsets are committed at most once per {@code interval}, at once when
 * the topic falls quiet, and synchronously before partitions move to another instance and on stop. A crash in
 * between only means that up to {@code interval} of messages are read again and skipped as duplicates.
 */
final class AppliedOffsets {

    private static final Logger log = LoggerFactory.getLogger(AppliedOffsets.class);

    private final Duration interval;
    private final Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();
    private long lastCommitNanos = System.nanoTime();

    AppliedOffsets(Duration interval) {
        this.interval = interval;
    }

    void applied(Map<TopicPartition, OffsetAndMetadata> offsets) {
        pending.putAll(offsets);
    }

    /** Commits in the background if the interval has passed, or if the last poll found nothing new. */
    void commitIfDue(Consumer<String, byte[]> kafka, boolean quiet) {
        if (pending.isEmpty() || !(quiet || System.nanoTime() - lastCommitNanos >= interval.toNanos())) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> batch = Map.copyOf(pending);
        pending.clear();
        lastCommitNanos = System.nanoTime();
        kafka.commitAsync(batch, (offsets, failure) -> {
            if (failure != null) {
                // a later commit (or the next owner's first poll) covers these; the messages are at most re-read
                log.debug("offset commit of {} failed: {}", offsets.keySet(), failure.toString());
            }
        });
    }

    /** Commits what is pending and waits for the broker (on stop). */
    void commitNow(Consumer<String, byte[]> kafka) {
        commitSync(kafka, Map.copyOf(pending));
        pending.clear();
    }

    /** Before partitions go to another instance, their applied offsets are committed, so it does not redo them. */
    ConsumerRebalanceListener committingOnRevoke(Consumer<String, byte[]> kafka) {
        return new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                Map<TopicPartition, OffsetAndMetadata> revoked = new HashMap<>();
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata offset = pending.remove(partition);
                    if (offset != null) {
                        revoked.put(partition, offset);
                    }
                }
                commitSync(kafka, revoked);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            }
        };
    }

    private static void commitSync(Consumer<String, byte[]> kafka, Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                kafka.commitSync(offsets);
                return;
            } catch (WakeupException stopping) {
                // stop() woke the consumer while it was committing: the wake-up is spent, the second try goes through
            } catch (RuntimeException e) {
                log.warn("offsets {} not committed ({}): those messages will be read again and skipped",
                        offsets, e.toString());
                return;
            }
        }
    }
}
