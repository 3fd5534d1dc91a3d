package org.gongwen.platform.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.gongwen.events.Topics;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/deadletters}: what this service parked in the dead-letter topics, and, after the cause is fixed,
 * a replay that applies those messages again through the same idempotent path. The replay remembers how far it got
 * (its own consumer group, {@code <group>-dlt-replay}), stops at the first message that still fails and leaves it
 * parked, and skips messages other services parked in the same topic.
 */
@Endpoint(id = "deadletters")
public class DeadLetters {

    private static final Duration READ = Duration.ofSeconds(3);

    private final KafkaEventConsumer consumer;
    private final MessagingProperties properties;

    public DeadLetters(KafkaEventConsumer consumer, MessagingProperties properties) {
        this.consumer = consumer;
        this.properties = properties;
    }

    /**
     * One parked message. {@code parkedAt}: when it was parked (the dead-letter record's timestamp); {@code consumer}:
     * the consumer group that parked it (always this service's: others' are skipped). Both added in issue 14.
     */
    public record Parked(String topic, int partition, long offset, String type, String eventId, String documentId,
                         String reason, Instant parkedAt, String consumer) {
    }

    public record Replay(int replayed, int stillFailing, String firstFailure, List<Parked> remaining) {
    }

    /** The messages this service parked that the replay has not applied yet. */
    @ReadOperation
    public List<Parked> parked() {
        List<Parked> parked = new ArrayList<>();
        read(false, record -> {
            parked.add(describe(record));
            return true;
        });
        return parked;
    }

    /** Applies the parked messages in order; stops at the first that fails again. */
    @WriteOperation
    public synchronized Replay replay() {
        int[] replayed = {0};
        String[] failure = {null};
        read(true, record -> {
            RuntimeException error = consumer.replay(record);
            if (error != null) {
                failure[0] = describe(record) + ": " + error;
                return false;
            }
            replayed[0]++;
            return true;
        });
        List<Parked> remaining = parked();
        return new Replay(replayed[0], remaining.size(), failure[0], remaining);
    }

    private interface Visitor {
        /** @return false to stop before this record (it is not marked done) */
        boolean visit(ConsumerRecord<String, byte[]> record);
    }

    private void read(boolean commit, Visitor visitor) {
        List<String> topics = consumer.topics().stream().map(Topics::deadLetterOf).toList();
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.consumerGroup() + "-dlt-replay");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                kafka.partitionsFor(topic, READ).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            kafka.assign(partitions);
            Map<TopicPartition, Long> ends = kafka.endOffsets(partitions, READ);
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.committed(new java.util.HashSet<>(partitions), READ);
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata from = committed.get(partition);
                kafka.seek(partition, from == null ? 0 : from.offset());
            }
            Map<TopicPartition, OffsetAndMetadata> done = new LinkedHashMap<>();
            java.util.Set<TopicPartition> stopped = new java.util.HashSet<>();
            while (!caughtUp(kafka, partitions, ends, stopped)) {
                for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(300))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (stopped.contains(partition)) {
                        continue;
                    }
                    if (properties.consumerGroup().equals(header(record, CloudEventHeaders.DLT_CONSUMER).orElse(null))
                            && !visitor.visit(record)) {
                        stopped.add(partition);
                        continue;
                    }
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
            }
            if (commit && !done.isEmpty()) {
                kafka.commitSync(done);
            }
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> kafka, List<TopicPartition> partitions,
                                    Map<TopicPartition, Long> ends, java.util.Set<TopicPartition> stopped) {
        for (TopicPartition partition : partitions) {
            if (!stopped.contains(partition) && kafka.position(partition, READ) < ends.getOrDefault(partition, 0L)) {
                return false;
            }
        }
        return true;
    }

    private Parked describe(ConsumerRecord<String, byte[]> record) {
        return new Parked(record.topic(), record.partition(), record.offset(),
                header(record, CloudEventHeaders.TYPE).orElse(""), header(record, CloudEventHeaders.ID).orElse(""),
                record.key(), header(record, CloudEventHeaders.DLT_REASON).orElse(""),
                record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()),
                header(record, CloudEventHeaders.DLT_CONSUMER).orElse(""));
    }

    private static Optional<String> header(ConsumerRecord<String, byte[]> record, String name) {
        return EventCodec.header(record.headers(), name);
    }
}
