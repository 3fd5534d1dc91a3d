package org.gongwen.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays another service on this JVM's broker: sends records as a producer would and reads what a service
 * published. Records are built by the caller (platform-messaging's EventCodec), so this stays contract-neutral.
 */
public final class TestKafka {

    private static KafkaProducer<String, byte[]> producer;

    private TestKafka() {
    }

    /** Sends and waits for the broker's acknowledgement. */
    public static void send(ProducerRecord<String, byte[]> record) {
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot send to " + record.topic(), e);
        }
    }

    /**
     * Reads a topic from its beginning until {@code expected} records with this key arrived or the deadline
     * passed, then looks once more so that an unexpected extra record (a duplicate) is seen too.
     */
    public static List<ConsumerRecord<String, byte[]>> read(String topic, String key, int expected, Duration deadline) {
        return read(topic, r -> key.equals(r.key()), expected, deadline);
    }

    /** As {@link #read(String, String, int, Duration)}, keeping the records that {@code wanted} accepts. */
    public static List<ConsumerRecord<String, byte[]>> read(String topic, Predicate<ConsumerRecord<String, byte[]>> wanted,
                                                            int expected, Duration deadline) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long end = System.nanoTime() + deadline.toNanos();
            boolean lastLook = false;
            while (!lastLook) {
                lastLook = found.size() >= expected || System.nanoTime() > end;
                consumer.poll(Duration.ofMillis(lastLook ? 500 : 200)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close, "close-test-producer"));
        }
        return producer;
    }
}
