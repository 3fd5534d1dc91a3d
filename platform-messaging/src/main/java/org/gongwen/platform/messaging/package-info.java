/**
 * Reliable events between gongwen's services over plain kafka-clients.
 *
 * <p>Producing: a use case appends events to the {@link org.gongwen.platform.messaging.Outbox} in the same
 * PostgreSQL transaction as its state change; the {@link org.gongwen.platform.messaging.OutboxRelay} publishes
 * committed rows in order with the idempotent producer and marks them. A crash between send and mark repeats
 * a send, never loses one.
 *
 * <p>Consuming: {@link org.gongwen.platform.messaging.KafkaEventConsumer} applies each event and records its
 * id in one transaction, commits offsets afterwards and skips ids already applied, so a repeated delivery has
 * no effect. A message that keeps failing goes to {@code <topic>.dlt} after bounded retries; an unavailable
 * database is not the message's fault and is retried without limit instead.
 */
package org.gongwen.platform.messaging;
