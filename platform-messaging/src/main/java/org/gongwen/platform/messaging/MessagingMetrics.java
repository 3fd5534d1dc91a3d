package org.gongwen.platform.messaging;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** Outbox and consumer figures as Micrometer meters (Prometheus: gongwen_outbox_backlog, gongwen_consumer_lag, …). */
public class MessagingMetrics implements MeterBinder {

    private final OutboxRelay relay;
    private final KafkaEventConsumer consumer;

    public MessagingMetrics(OutboxRelay relay, KafkaEventConsumer consumer) {
        this.relay = relay;
        this.consumer = consumer;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("gongwen.outbox.backlog", relay, r -> {
                    try {
                        return r.backlog();
                    } catch (RuntimeException databaseAway) {
                        return Double.NaN;
                    }
                }).description("outbox rows not yet acknowledged by Kafka").register(registry);
        FunctionCounter.builder("gongwen.outbox.published", relay, OutboxRelay::publishedCount)
                .description("outbox rows published").register(registry);
        Gauge.builder("gongwen.consumer.lag", consumer, KafkaEventConsumer::lag)
                .description("messages on this service's partitions not yet consumed").register(registry);
        FunctionCounter.builder("gongwen.consumer.applied", consumer, KafkaEventConsumer::appliedCount)
                .description("events applied").register(registry);
        FunctionCounter.builder("gongwen.consumer.duplicates", consumer, KafkaEventConsumer::duplicateCount)
                .description("events skipped because already applied").register(registry);
        FunctionCounter.builder("gongwen.consumer.dead.lettered", consumer, KafkaEventConsumer::deadLetteredCount)
                .description("messages parked in a dead-letter topic").register(registry);
    }
}
