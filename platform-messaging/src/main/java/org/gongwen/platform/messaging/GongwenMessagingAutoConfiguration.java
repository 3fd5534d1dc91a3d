package org.gongwen.platform.messaging;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Outbox, relay and consumer for a gongwen service; the service contributes {@link EventHandler} beans. */
@AutoConfiguration(after = DataSourceTransactionManagerAutoConfiguration.class)
@EnableConfigurationProperties(MessagingProperties.class)
@ConditionalOnProperty(prefix = "gongwen.messaging", name = "enabled", havingValue = "true", matchIfMissing = true)
public class GongwenMessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TraceContext messagingTraceContext(ObjectProvider<io.micrometer.tracing.Tracer> tracer) {
        return new TraceContext(tracer.getIfAvailable());
    }

    @Bean
    EventCodec eventCodec(JsonMapper jsonMapper) {
        return new EventCodec(jsonMapper);
    }

    /** Fills what only the application knows: its name as consumer group and CloudEvents source. */
    static MessagingProperties effective(MessagingProperties configured, Environment environment) {
        String app = environment.getProperty("spring.application.name", "gongwen");
        return new MessagingProperties(configured.bootstrapServers(),
                configured.source() == null ? "/gongwen/" + app : configured.source(),
                configured.consumerGroup() == null ? app : configured.consumerGroup(),
                configured.partitions(), configured.replicationFactor(), configured.relayInterval(),
                configured.relayBatchSize(), configured.sendTimeout(), configured.maxAttempts(),
                configured.retryBackoff(), configured.maxBackoff(), configured.publishedRetention(),
                configured.commitInterval(), configured.consumerIdleWait());
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate tx, EventCodec codec, MessagingProperties configured, Environment environment, Clock clock) {
        return new OutboxRelay(jdbc, tx, codec, effective(configured, environment), clock);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, EventCodec codec, MessagingProperties configured, Environment environment, Clock clock, OutboxRelay relay, TraceContext trace) {
        return new Outbox(jdbc, codec, effective(configured, environment).source(), clock, relay::wakeUp, trace);
    }

    @Bean
    KafkaEventConsumer kafkaEventConsumer(ObjectProvider<EventHandler> handlers, JdbcClient jdbc, TransactionTemplate tx,
                                          EventCodec codec, MessagingProperties configured, Environment environment,
                                          TraceContext trace) {
        List<EventHandler> all = handlers.orderedStream().toList();
        return new KafkaEventConsumer(all, jdbc, tx, codec, effective(configured, environment), trace);
    }

    @Bean
    MessagingHealthIndicator messagingHealthIndicator(OutboxRelay relay, KafkaEventConsumer consumer) {
        return new MessagingHealthIndicator(relay, consumer);
    }

    @Bean
    MessagingMetrics messagingMetrics(OutboxRelay relay, KafkaEventConsumer consumer) {
        return new MessagingMetrics(relay, consumer);
    }

    @Bean
    DeadLetters deadLetters(KafkaEventConsumer consumer, MessagingProperties configured, Environment environment) {
        return new DeadLetters(consumer, effective(configured, environment));
    }
}
