package org.gongwen.platform.messaging;

import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The one producer configuration gongwen uses: idempotent, acks=all, bounded waits when the broker is away. */
final class KafkaProducers {

    private KafkaProducers() {
    }

    static Producer<String, byte[]> create(MessagingProperties properties, String clientId) {
        int timeout = (int) properties.sendTimeout().toMillis();
        int requestTimeout = Math.max(1000, Math.min(timeout / 2, 10_000));
        int linger = 1;
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, linger,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, requestTimeout + linger),
                ProducerConfig.CLIENT_ID_CONFIG, clientId + "-" + ProcessHandle.current().pid()),
                new StringSerializer(), new ByteArraySerializer());
    }
}
