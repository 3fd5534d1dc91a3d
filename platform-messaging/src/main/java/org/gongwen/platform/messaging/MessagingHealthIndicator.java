package org.gongwen.platform.messaging;

import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The messaging side of a service in {@code /actuator/health}: outbox backlog and whether the relay can publish,
 * consumer lag, and how many messages were parked. A broker that is away does not make the service DOWN (the
 * outbox keeps every event until it is back), so the status stays UP and the details say what is stuck.
 */
public class MessagingHealthIndicator implements HealthIndicator {

    private final OutboxRelay relay;
    private final KafkaEventConsumer consumer;

    public MessagingHealthIndicator(OutboxRelay relay, KafkaEventConsumer consumer) {
        this.relay = relay;
        this.consumer = consumer;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        try {
            health.withDetail("outboxBacklog", relay.backlog());
        } catch (RuntimeException databaseAway) {
            health.withDetail("outboxBacklog", "unknown: " + databaseAway.getMessage());
        }
        Instant failingSince = relay.failingSince();
        health.withDetail("relayPublishing", failingSince == null);
        if (failingSince != null) {
            health.withDetail("relayFailingSince", failingSince.toString())
                    .withDetail("relayLastFailure", String.valueOf(relay.lastFailure()));
        }
        return health.withDetail("published", relay.publishedCount())
                .withDetail("consumerGroup", consumer.consumerGroup())
                .withDetail("consumerLag", consumer.lag())
                .withDetail("applied", consumer.appliedCount())
                .withDetail("duplicatesSkipped", consumer.duplicateCount())
                .withDetail("deadLettered", consumer.deadLetteredCount())
                .build();
    }
}
