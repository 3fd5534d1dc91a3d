package org.gongwen.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.gongwen.events.EventType;
import org.gongwen.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds this service's {@link EventHandler}s from Kafka with effectively-once effects: apply + record the
 * event id in one transaction, skip ids already recorded, commit offsets only after the transaction.
 *
 * <p>A message whose handling fails {@code maxAttempts} times is copied to {@code <topic>.dlt} with the reason
 * and the partition moves on; a message that cannot be decoded goes there at once. When the database is
 * unreachable the message is not at fault: the partition is rewound and retried with backoff, never dead-lettered.
 */
public class KafkaEventConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventConsumer.class);

    private final Map<EventType, EventHandler> handlers = new HashMap<>();
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final EventCodec codec;
    private final MessagingProperties properties;
    private final TraceContext trace;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong batchesApplied = new AtomicLong();
    private volatile boolean running;
    private volatile long lag;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Producer<String, byte[]> deadLetters;
    private Thread worker;

    public KafkaEventConsumer(Collection<EventHandler> eventHandlers, JdbcClient jdbc, TransactionTemplate tx,
                              EventCodec codec, MessagingProperties properties) {
        this(eventHandlers, jdbc, tx, codec, properties, new TraceContext(null));
    }

    public KafkaEventConsumer(Collection<EventHandler> eventHandlers, JdbcClient jdbc, TransactionTemplate tx,
                              EventCodec codec, MessagingProperties properties, TraceContext trace) {
        this.trace = trace;
        for (EventHandler handler : eventHandlers) {
            for (EventType type : handler.handles()) {
                EventHandler previous = handlers.put(type, handler);
                if (previous != null) {
                    throw new IllegalStateException(type + " has two handlers: " + previous + " and " + handler);
                }
            }
        }
        this.jdbc = jdbc;
        this.tx = tx;
        this.codec = codec;
        this.properties = properties;
    }

    public Set<String> topics() {
        Set<String> topics = new HashSet<>();
        handlers.keySet().forEach(type -> topics.add(type.topic()));
        return topics;
    }

    public long appliedCount() {
        return applied.get();
    }

    public long duplicateCount() {
        return duplicates.get();
    }

    /** Messages on this service's partitions not yet consumed, as of the last poll. */
    public long lag() {
        return lag;
    }

    public String consumerGroup() {
        return properties.consumerGroup();
    }

    /** Polls of two or more events applied in one transaction. */
    public long batchesAppliedCount() {
        return batchesApplied.get();
    }

    public long deadLetteredCount() {
        return deadLettered.get();
    }

    @Override
    public synchronized void start() {
        if (running || handlers.isEmpty()) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "event-consumer-" + properties.consumerGroup());
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (worker != null) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the relay (default phase), so that on shutdown consumers stop before the producer side. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    private void run() {
        Duration backoff = properties.retryBackoff();
        while (running) {
            try {
                consume();
                backoff = properties.retryBackoff();
            } catch (RuntimeException e) {
                // the Kafka client itself failed; start over with a fresh one rather than stop consuming
                log.error("Consumer {} failed, restarting in {}", properties.consumerGroup(), backoff, e);
                sleep(backoff);
                backoff = properties.nextBackoff(backoff);
            }
        }
    }

    private void consume() {
        Duration backoff = properties.retryBackoff();
        while (running && !KafkaTopics.ensure(properties, topics())) {
            log.warn("Kafka at {} is not reachable yet; consumer {} waits", properties.bootstrapServers(),
                    properties.consumerGroup());
            sleep(backoff);
            backoff = properties.nextBackoff(backoff);
        }
        try (KafkaConsumer<String, byte[]> kafka = KafkaConsumers.create(properties);
             Producer<String, byte[]> dlt = KafkaProducers.create(properties, "dead-letters-" + properties.consumerGroup())) {
            consumer = kafka;
            deadLetters = dlt;
            AppliedOffsets offsets = new AppliedOffsets(properties.commitInterval());
            kafka.subscribe(topics(), offsets.committingOnRevoke(kafka));
            try {
                while (running) {
                    ConsumerRecords<String, byte[]> records = kafka.poll(properties.consumerIdleWait());
                    lag = currentLag(kafka);
                    if (!records.isEmpty()) {
                        offsets.applied(processBatch(kafka, records));
                    }
                    offsets.commitIfDue(kafka, records.isEmpty());
                }
            } catch (WakeupException stopping) {
                log.debug("consumer {} woken up to stop", properties.consumerGroup());
            } finally {
                offsets.commitNow(kafka);
            }
        } finally {
            consumer = null;
        }
    }

    /** Applies a batch; returns the offsets after the last record of each partition that is done with. */
    private Map<TopicPartition, OffsetAndMetadata> processBatch(KafkaConsumer<String, byte[]> kafka,
                                                                ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        if (applyTogether(records)) {
            for (TopicPartition partition : records.partitions()) {
                List<ConsumerRecord<String, byte[]>> inPartition = records.records(partition);
                done.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
            }
            return done;
        }
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                if (!running) {
                    break;
                }
                Outcome outcome = process(record);
                if (outcome == Outcome.RETRY_LATER) {
                    kafka.seek(partition, record.offset());
                    break;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        return done;
    }

    /**
     * Applies all of a poll's events in one transaction: one commit, one WAL flush, for what would otherwise be a
     * transaction per event. If anything fails the whole poll rolls back, and the caller goes event by event, where
     * each one gets its own retries and, at worst, the dead-letter topic, as before. Events of other services are
     * skipped as usual.
     *
     * @return whether the poll is done with; false when it was not tried (fewer than two events of ours, or one that
     *         cannot be decoded, which goes the single way to be parked) or was rolled back
     */
    private boolean applyTogether(ConsumerRecords<String, byte[]> records) {
        List<Decoded> ours = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            Optional<EventType> type = codec.typeOf(record);
            if (type.isPresent() && handlers.containsKey(type.get())) {
                try {
                    ours.add(new Decoded(codec.decode(record, type.get()), record));
                } catch (UndecodableEventException e) {
                    return false;
                }
            }
        }
        if (ours.size() < 2) {
            return ours.isEmpty();
        }
        int newlyApplied;
        try {
            Integer count = tx.execute(status -> {
                int applying = 0;
                for (Decoded event : ours) {
                    applying += recordAndHandle(event.envelope(), event.record()) ? 1 : 0;
                }
                return applying;
            });
            newlyApplied = count == null ? 0 : count;
        } catch (RuntimeException e) {
            log.debug("{} events polled together were rolled back ({}); applying them one by one", ours.size(),
                    e.toString());
            return false;
        }
        applied.addAndGet(newlyApplied);
        duplicates.addAndGet(ours.size() - newlyApplied);
        batchesApplied.incrementAndGet();
        return true;
    }

    private record Decoded(EventEnvelope envelope, ConsumerRecord<String, byte[]> record) {
    }

    private static long currentLag(KafkaConsumer<String, byte[]> kafka) {
        long total = 0;
        for (TopicPartition partition : kafka.assignment()) {
            total += kafka.currentLag(partition).orElse(0);
        }
        return total;
    }

    enum Outcome { DONE, RETRY_LATER }

    /**
     * Applies a message taken from a dead-letter topic, after a fix, through the same idempotent path; it is not
     * parked again: a failure is returned so that the replay stops there and the message stays in the DLT.
     */
    RuntimeException replay(ConsumerRecord<String, byte[]> record) {
        Optional<EventType> type = codec.typeOf(record);
        if (type.isEmpty() || !handlers.containsKey(type.get())) {
            return new IllegalArgumentException("no handler here for " + codec.typeOf(record));
        }
        try {
            applyOnce(codec.decode(record, type.get()), record);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    Outcome process(ConsumerRecord<String, byte[]> record) {
        Optional<EventType> type = codec.typeOf(record);
        if (type.isEmpty() || !handlers.containsKey(type.get())) {
            return Outcome.DONE; // not ours: other services' events share the topic
        }
        EventEnvelope envelope;
        try {
            envelope = codec.decode(record, type.get());
        } catch (UndecodableEventException e) {
            return deadLetter(record, e);
        }
        Duration backoff = properties.retryBackoff();
        RuntimeException last = null;
        for (int attempt = 1; attempt <= properties.maxAttempts() && running; attempt++) {
            try {
                applyOnce(envelope, record);
                return Outcome.DONE;
            } catch (RuntimeException e) {
                last = e;
                if (ConsumerFailures.isInfrastructure(e)) {
                    log.warn("Cannot apply {} {} now ({}); retrying in {}", envelope.type().typeName(),
                            envelope.eventId(), e.toString(), properties.maxBackoff());
                    sleep(properties.maxBackoff());
                    return Outcome.RETRY_LATER;
                }
                log.warn("Attempt {}/{} at {} {} failed: {}", attempt, properties.maxAttempts(),
                        envelope.type().typeName(), envelope.eventId(), e.toString());
                sleep(backoff);
                backoff = properties.nextBackoff(backoff);
            }
        }
        if (!running) {
            return Outcome.RETRY_LATER;
        }
        return deadLetter(record, last);
    }

    private void applyOnce(EventEnvelope envelope, ConsumerRecord<String, byte[]> record) {
        tx.execute(status -> {
            if (recordAndHandle(envelope, record)) {
                applied.incrementAndGet();
            } else {
                duplicates.incrementAndGet();
            }
            return null;
        });
    }

    /**
     * Records the event id and hands the event to its handler, in the caller's transaction; false when the id was
     * already recorded (a duplicate, skipped).
     */
    private boolean recordAndHandle(EventEnvelope envelope, ConsumerRecord<String, byte[]> record) {
        // the same log key as HTTP requests (platform-web DocumentIdFilter): one grep follows a document everywhere
        try (MDC.MDCCloseable ignored = MDC.putCloseable("documentId", envelope.subject())) {
            String traceparent = EventCodec.header(record.headers(), TraceContext.HEADER).orElse(null);
            return trace.continueTrace(traceparent, "apply " + envelope.type().typeName(), () -> {
                int inserted = jdbc.sql("""
                                INSERT INTO processed_events
                                    (event_id, event_type, topic, kafka_partition, kafka_offset, trace_id, document_id)
                                VALUES (:id, :type, :topic, :partition, :offset, :trace, :document)
                                ON CONFLICT (event_id) DO NOTHING""")
                        .param("id", envelope.eventId())
                        .param("type", envelope.type().typeName())
                        .param("topic", record.topic())
                        .param("partition", record.partition())
                        .param("offset", record.offset())
                        .param("trace", TraceContext.traceId(traceparent).orElse(null))
                        .param("document", envelope.subject())
                        .update();
                if (inserted == 0) {
                    return false;
                }
                handlers.get(envelope.type()).handle(envelope);
                return true;
            });
        }
    }

    private Outcome deadLetter(ConsumerRecord<String, byte[]> record, Throwable reason) {
        String dltTopic = Topics.deadLetterOf(record.topic());
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(dltTopic, record.key(), record.value());
        record.headers().forEach(h -> copy.headers().add(h));
        copy.headers().add(CloudEventHeaders.DLT_REASON, utf8(String.valueOf(reason)));
        copy.headers().add(CloudEventHeaders.DLT_ORIGIN,
                utf8(record.topic() + "/" + record.partition() + "@" + record.offset()));
        copy.headers().add(CloudEventHeaders.DLT_CONSUMER, utf8(properties.consumerGroup()));
        try {
            deadLetters.send(copy).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.RETRY_LATER;
        } catch (Exception e) {
            log.warn("Cannot park {} in {}, retrying later: {}", record.offset(), dltTopic, e.toString());
            return Outcome.RETRY_LATER;
        }
        deadLettered.incrementAndGet();
        log.error("Parked {}/{}@{} in {} after failures: {}", record.topic(), record.partition(), record.offset(),
                dltTopic, reason == null ? "" : reason.toString());
        return Outcome.DONE;
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
