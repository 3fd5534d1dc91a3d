package org.gongwen.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.gongwen.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them published in the same transaction
 * that locked them. One relay per service database works at a time (a transaction-scoped advisory lock), so
 * events of one document leave in the order they were written even with several instances running.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Advisory lock key: "gw-outbox" in ASCII, the same in every service database. */
    static final long RELAY_LOCK = 0x67772d6f7574626fL;
    /**
     * With several instances, the one that finds the lock taken looks again this soon rather than after the full
     * relay interval: the holder may have read its batch before this instance's row committed, and then sleeps
     * for the interval itself (the wake-up after commit went to this instance, not to it).
     */
    private static final Duration LOCK_TAKEN_RETRY = Duration.ofMillis(20);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final EventCodec codec;
    private final MessagingProperties properties;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong published = new AtomicLong();
    private volatile Producer<String, byte[]> producer;
    private volatile boolean running;
    private volatile boolean topicsReady;
    private volatile Instant failingSince;
    private volatile String lastFailure;
    private volatile Instant lastCleanup = Instant.EPOCH;
    private volatile boolean lockTakenElsewhere;
    private Thread worker;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate tx, EventCodec codec, MessagingProperties properties,
                       Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.codec = codec;
        this.properties = properties;
        this.clock = clock;
    }

    /** Asks the relay to scan now instead of at the end of its pause (called after a commit that appended). */
    public void wakeUp() {
        wakeUp.release();
    }

    public long publishedCount() {
        return published.get();
    }

    /** Since when the relay has been unable to publish, or null while it publishes. */
    public Instant failingSince() {
        return failingSince;
    }

    public String lastFailure() {
        return lastFailure;
    }

    /** Whether the last scan found another instance's relay holding the lock. */
    boolean lockTakenElsewhere() {
        return lockTakenElsewhere;
    }

    /** Rows written but not yet acknowledged by Kafka. */
    public long backlog() {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE published_at IS NULL").query(Long.class).single();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        wakeUp.release();
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration backoff = properties.retryBackoff();
        while (running) {
            try {
                int sent = relayOnce();
                backoff = properties.retryBackoff();
                failingSince = null;
                if (sent < properties.relayBatchSize()) {
                    Duration pause = lockTakenElsewhere && LOCK_TAKEN_RETRY.compareTo(properties.relayInterval()) < 0
                            ? LOCK_TAKEN_RETRY : properties.relayInterval();
                    wakeUp.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
                cleanUpPublished();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay cannot publish now, retrying in {}: {}", backoff, e.toString());
                if (failingSince == null) {
                    failingSince = clock.instant();
                }
                lastFailure = e.toString();
                closeProducer();
                pause(backoff);
                backoff = properties.nextBackoff(backoff);
            }
        }
    }

    /**
     * Publishes one batch. Rows are marked only up to the first one Kafka did not acknowledge, so nothing is
     * skipped; a row sent but not marked (crash, timeout) is sent again and dropped by the consumers' dedup.
     *
     * @return the number of rows published
     */
    public int relayOnce() {
        if (!topicsReady) {
            topicsReady = KafkaTopics.ensure(properties, Topics.ALL);
            if (!topicsReady) {
                throw new IllegalStateException("Kafka at " + properties.bootstrapServers() + " is not reachable");
            }
        }
        Integer count = tx.execute(status -> {
            // the lock and the batch in one round trip: the relay runs this after every commit that appended
            List<Optional<OutboxRow>> scanned = jdbc.sql("""
                            WITH relay AS (SELECT pg_try_advisory_xact_lock(:key) AS mine)
                            SELECT relay.mine, o.* FROM relay LEFT JOIN LATERAL (
                                SELECT seq, event_id, topic, message_key, event_type, source, occurred_at,
                                       payload::text AS payload, traceparent
                                FROM outbox WHERE relay.mine AND published_at IS NULL ORDER BY seq LIMIT :limit
                            ) o ON TRUE ORDER BY o.seq""")
                    .param("key", RELAY_LOCK)
                    .param("limit", properties.relayBatchSize())
                    .query((rs, n) -> {
                        lockTakenElsewhere = !rs.getBoolean("mine");
                        return rs.getObject("seq") == null ? Optional.<OutboxRow>empty()
                                : Optional.of(new OutboxRow(rs.getLong("seq"), rs.getObject("event_id", UUID.class),
                                rs.getString("topic"), rs.getString("message_key"), rs.getString("event_type"),
                                rs.getString("source"), rs.getTimestamp("occurred_at").toInstant(),
                                rs.getString("payload"), rs.getString("traceparent")));
                    })
                    .list();
            List<OutboxRow> rows = scanned.stream().flatMap(Optional::stream).toList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<Long> acknowledged = send(rows);
            if (!acknowledged.isEmpty()) {
                jdbc.sql("UPDATE outbox SET published_at = :now WHERE seq IN (:seqs)")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("seqs", acknowledged)
                        .update();
            }
            if (acknowledged.size() < rows.size()) {
                throw new IllegalStateException("Kafka acknowledged " + acknowledged.size() + " of " + rows.size()
                        + " outbox rows");
            }
            return rows.size();
        });
        int sent = count == null ? 0 : count;
        published.addAndGet(sent);
        return sent;
    }

    private List<Long> send(List<OutboxRow> rows) {
        Producer<String, byte[]> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            acks.add(kafka.send(codec.toRecord(row.topic(), row.eventId().toString(), row.source(), row.eventType(),
                    row.messageKey(), row.occurredAt(), row.payload(), row.traceparent())));
        }
        kafka.flush();
        List<Long> acknowledged = new ArrayList<>(rows.size());
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (int i = 0; i < rows.size(); i++) {
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(rows.get(i).seq());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                log.warn("Kafka did not acknowledge outbox row {} ({}): {}", rows.get(i).seq(), rows.get(i).eventType(),
                        e.toString());
                break;
            }
        }
        return acknowledged;
    }

    private void cleanUpPublished() {
        Instant now = clock.instant();
        if (Duration.between(lastCleanup, now).compareTo(Duration.ofMinutes(10)) < 0) {
            return;
        }
        lastCleanup = now;
        jdbc.sql("DELETE FROM outbox WHERE published_at < :before")
                .param("before", Timestamp.from(now.minus(properties.publishedRetention())))
                .update();
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = KafkaProducers.create(properties, "outbox-relay");
        }
        return producer;
    }

    /** A producer that failed may hold a broken sequence state; the next batch gets a fresh one. */
    private synchronized void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                log.debug("closing producer", e);
            }
            producer = null;
        }
    }

    /** Not woken by commits: while Kafka is away, a burst of writes must not turn into a burst of retries. */
    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private record OutboxRow(long seq, UUID eventId, String topic, String messageKey, String eventType, String source,
                             Instant occurredAt, String payload, String traceparent) {
    }
}
