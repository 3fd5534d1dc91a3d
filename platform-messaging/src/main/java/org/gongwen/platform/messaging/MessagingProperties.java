package org.gongwen.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Messaging settings of one service.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param source           CloudEvents {@code ce_source} of the events this service produces
 * @param consumerGroup    consumer group; all instances of a service share it
 * @param partitions       partitions of each topic this service creates (document id is the key)
 * @param replicationFactor replication factor of created topics
 * @param relayInterval    longest pause of the outbox relay between scans. A backstop: every commit that appends to the
 *                         outbox wakes the relay at once, so this only bounds how long a row written some other way
 *                         waits; each scan is a transaction, and idle scans woke every service and PostgreSQL
 * @param relayBatchSize   outbox rows published per transaction
 * @param sendTimeout      how long the relay waits for the broker before it gives a batch up
 * @param maxAttempts      attempts at applying a message before it goes to the dead-letter topic
 * @param retryBackoff     first pause between attempts; doubles up to {@code maxBackoff}
 * @param maxBackoff       longest pause while the database or the broker is away
 * @param publishedRetention how long published outbox rows are kept for inspection
 * @param commitInterval   longest time a consumer holds applied offsets before committing them (also committed when
 *                         the topic falls quiet, on rebalance and on stop)
 * @param consumerIdleWait how long a consumer's fetch waits at the broker for new events, and its poll for the fetch.
 *                         New events end the wait at once, so it costs no latency; it sets how often a quiet
 *                         consumer and the broker wake up. In a rebalance a member may take up to a heartbeat
 *                         interval (3 s) to rejoin, since its poll only wakes early for heartbeats
 */
@ConfigurationProperties("gongwen.messaging")
public record MessagingProperties(String bootstrapServers, String source, String consumerGroup, Integer partitions,
                                  Short replicationFactor, Duration relayInterval, Integer relayBatchSize,
                                  Duration sendTimeout, Integer maxAttempts, Duration retryBackoff,
                                  Duration maxBackoff, Duration publishedRetention, Duration commitInterval,
                                  Duration consumerIdleWait) {

    @ConstructorBinding
    public MessagingProperties {
        bootstrapServers = bootstrapServers == null ? "127.0.0.1:9092" : bootstrapServers;
        partitions = partitions == null ? 6 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        relayInterval = relayInterval == null ? Duration.ofSeconds(5) : relayInterval;
        relayBatchSize = relayBatchSize == null ? 200 : relayBatchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(15) : sendTimeout;
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        retryBackoff = retryBackoff == null ? Duration.ofMillis(100) : retryBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(5) : maxBackoff;
        publishedRetention = publishedRetention == null ? Duration.ofDays(7) : publishedRetention;
        commitInterval = commitInterval == null ? Duration.ofSeconds(1) : commitInterval;
        consumerIdleWait = consumerIdleWait == null ? Duration.ofSeconds(5) : consumerIdleWait;
    }

    public MessagingProperties(String bootstrapServers, String source, String consumerGroup, Integer partitions,
                               Short replicationFactor, Duration relayInterval, Integer relayBatchSize,
                               Duration sendTimeout, Integer maxAttempts, Duration retryBackoff, Duration maxBackoff,
                               Duration publishedRetention) {
        this(bootstrapServers, source, consumerGroup, partitions, replicationFactor, relayInterval, relayBatchSize,
                sendTimeout, maxAttempts, retryBackoff, maxBackoff, publishedRetention, null, null);
    }

    /** Exponential backoff: the pause after {@code previous}, doubled and capped at {@code maxBackoff}. */
    public Duration nextBackoff(Duration previous) {
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(maxBackoff) <= 0 ? doubled : maxBackoff;
    }
}
