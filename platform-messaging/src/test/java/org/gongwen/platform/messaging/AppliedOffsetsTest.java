package org.gongwen.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The commit policy of an idempotent consumer: applied offsets reach Kafka at most once per interval, at once when
 * the topic falls quiet, and synchronously before partitions leave this instance and on stop — never an offset of a
 * message that was not applied.
 */
class AppliedOffsetsTest {

    private static final TopicPartition P0 = new TopicPartition("gongwen.review", 0);
    private static final TopicPartition P1 = new TopicPartition("gongwen.review", 1);

    private final MockConsumer<String, byte[]> kafka = new MockConsumer<>("earliest");

    @BeforeEach
    void assign() {
        kafka.assign(List.of(P0, P1));
    }

    @Test
    void a_busy_topic_commits_once_per_interval_not_after_every_batch() {
        AppliedOffsets offsets = new AppliedOffsets(Duration.ofHours(1));
        offsets.applied(Map.of(P0, new OffsetAndMetadata(3)));
        offsets.commitIfDue(kafka, false);
        assertThat(committed(P0)).isNull();

        AppliedOffsets everyTime = new AppliedOffsets(Duration.ZERO);
        everyTime.applied(Map.of(P0, new OffsetAndMetadata(3)));
        everyTime.commitIfDue(kafka, false);
        assertThat(committed(P0)).isEqualTo(3);
    }

    @Test
    void a_quiet_topic_commits_what_was_applied_at_once() {
        AppliedOffsets offsets = new AppliedOffsets(Duration.ofHours(1));
        offsets.applied(Map.of(P0, new OffsetAndMetadata(3)));
        offsets.applied(Map.of(P0, new OffsetAndMetadata(5), P1, new OffsetAndMetadata(1)));
        offsets.commitIfDue(kafka, true);
        assertThat(committed(P0)).isEqualTo(5);
        assertThat(committed(P1)).isEqualTo(1);
    }

    @Test
    void partitions_leaving_this_instance_are_committed_before_they_go() {
        AppliedOffsets offsets = new AppliedOffsets(Duration.ofHours(1));
        offsets.applied(Map.of(P0, new OffsetAndMetadata(7), P1, new OffsetAndMetadata(2)));
        offsets.committingOnRevoke(kafka).onPartitionsRevoked(Set.of(P1));
        assertThat(committed(P1)).isEqualTo(2);
        assertThat(committed(P0)).isNull();

        offsets.commitNow(kafka);
        assertThat(committed(P0)).isEqualTo(7);
    }

    @Test
    void nothing_applied_commits_nothing() {
        AppliedOffsets offsets = new AppliedOffsets(Duration.ZERO);
        offsets.commitIfDue(kafka, true);
        offsets.commitNow(kafka);
        assertThat(committed(P0)).isNull();
    }

    private Long committed(TopicPartition partition) {
        OffsetAndMetadata offset = kafka.committed(Set.of(partition)).get(partition);
        return offset == null ? null : offset.offset();
    }
}
