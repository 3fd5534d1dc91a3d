package org.gongwen.platform.messaging;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The one consumer configuration gongwen uses: offsets committed by {@link AppliedOffsets} only, committed records
 * only, and a quiet consumer's fetch parked at the broker instead of asked again twice a second.
 */
final class KafkaConsumers {

    private KafkaConsumers() {
    }

    static KafkaConsumer<String, byte[]> create(MessagingProperties properties) {
        return new KafkaConsumer<>(config(properties), new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static Map<String, Object> config(MessagingProperties properties) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.consumerGroup());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        // the broker answers a fetch as soon as one new record is there (fetch.min.bytes 1); this only spaces out the
        // fetches of a quiet consumer (default 500 ms: 2 a second per consumer, each waking the broker's threads)
        int idleWaitMillis = (int) properties.consumerIdleWait().toMillis();
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, idleWaitMillis);
        // a fetch parked at the broker must not count as an unanswered request (default timeout 30 s)
        config.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(30_000, idleWaitMillis + 10_000));
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 30_000);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, properties.consumerGroup() + "-" + ProcessHandle.current().pid());
        return config;
    }
}
