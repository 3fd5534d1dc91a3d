package org.gongwen.platform.messaging;

import java.time.Clock;
import java.util.UUID;

import org.gongwen.events.GongwenEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records events to be published, inside the caller's transaction: they reach Kafka if and only if the
 * state change they announce commits.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final EventCodec codec;
    private final String source;
    private final Clock clock;
    private final Runnable onCommit;
    private final TraceContext trace;

    public Outbox(JdbcClient jdbc, EventCodec codec, String source, Clock clock, Runnable onCommit) {
        this(jdbc, codec, source, clock, onCommit, new TraceContext(null));
    }

    public Outbox(JdbcClient jdbc, EventCodec codec, String source, Clock clock, Runnable onCommit, TraceContext trace) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.source = source;
        this.clock = clock;
        this.onCommit = onCommit;
        this.trace = trace;
    }

    /** Appends the event; returns its event id (CloudEvents {@code ce_id}). */
    public String append(GongwenEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.append must run inside the transaction of the state change");
        }
        UUID eventId = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO outbox (event_id, topic, message_key, event_type, source, occurred_at, payload, traceparent)
                        VALUES (:id, :topic, :key, :type, :source, :at, CAST(:payload AS jsonb), :traceparent)""")
                .param("id", eventId)
                .param("topic", event.eventType().topic())
                .param("key", event.documentId())
                .param("type", event.eventType().typeName())
                .param("source", source)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("payload", codec.payloadJson(event))
                .param("traceparent", trace.current().orElse(null))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                onCommit.run();
            }
        });
        return eventId.toString();
    }
}
