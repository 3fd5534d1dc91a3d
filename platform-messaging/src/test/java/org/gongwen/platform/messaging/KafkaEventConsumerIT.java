package org.gongwen.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongwen.events.EventType;
import org.gongwen.events.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KafkaEventConsumerIT {

    private static final String POISONED_DOCUMENT = "always-fails";

    private final MessagingFixture fixture = new MessagingFixture();
    private KafkaEventConsumer consumer;
    private KafkaProducer<String, byte[]> producer;

    /** Records each applied event; refuses one document for good, as a handler bug would. */
    private final EventHandler recorder = new EventHandler() {
        @Override
        public Set<EventType> handles() {
            return Set.of(EventType.DRAFT_WITHDRAWN);
        }

        @Override
        public void handle(EventEnvelope event) {
            if (event.subject().startsWith(POISONED_DOCUMENT)) {
                throw new IllegalArgumentException("cannot apply " + event.subject());
            }
            fixture.jdbc.sql("INSERT INTO test_effects (document_id, event_type) VALUES (?, ?)")
                    .params(event.subject(), event.type().typeName()).update();
        }
    };

    @BeforeEach
    void start() {
        consumer = new KafkaEventConsumer(List.of(recorder), fixture.jdbc, fixture.tx, fixture.codec,
                fixture.properties(fixture.bootstrap, "consumer-it-" + UUID.randomUUID()));
        consumer.start();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, fixture.bootstrap),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void stop() {
        consumer.stop();
        producer.close();
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        String documentId = MessagingFixture.newDocumentId();
        String eventId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> record = record(eventId, documentId, fixture.codec.payloadJson(
                MessagingFixture.withdrawn(documentId)));

        producer.send(record);
        producer.send(record(eventId, documentId, fixture.codec.payloadJson(MessagingFixture.withdrawn(documentId))));
        // a later event of the same document: same key, same partition, so it is applied after the duplicate
        producer.send(record(UUID.randomUUID().toString(), documentId,
                fixture.codec.payloadJson(MessagingFixture.withdrawn(documentId))));
        producer.flush();

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(documentId) >= 2);
        assertThat(effects(documentId)).as("the duplicate was skipped, the later event applied").isEqualTo(2);
    }

    @Test
    void anUndecodableMessageIsParkedAndThePartitionMovesOn() {
        String documentId = MessagingFixture.newDocumentId();
        producer.send(record(UUID.randomUUID().toString(), documentId, "{not json"));
        producer.send(record(UUID.randomUUID().toString(), documentId,
                fixture.codec.payloadJson(MessagingFixture.withdrawn(documentId))));
        producer.flush();

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(documentId) == 1);
        var parked = fixture.readAll(Topics.deadLetterOf(Topics.DRAFTING), documentId, 1, Duration.ofSeconds(10));
        assertThat(parked).hasSize(1);
        assertThat(new String(parked.get(0).headers().lastHeader(CloudEventHeaders.DLT_REASON).value(),
                StandardCharsets.UTF_8)).contains("not a valid gongwen.draft.withdrawn.v1");
    }

    @Test
    void aMessageThatKeepsFailingGoesToTheDeadLetterTopicAfterBoundedRetries() {
        String poisoned = POISONED_DOCUMENT + "-" + UUID.randomUUID();
        String healthy = MessagingFixture.newDocumentId();
        producer.send(record(UUID.randomUUID().toString(), poisoned,
                fixture.codec.payloadJson(MessagingFixture.withdrawn(poisoned))));
        producer.send(record(UUID.randomUUID().toString(), healthy,
                fixture.codec.payloadJson(MessagingFixture.withdrawn(healthy))));
        producer.flush();

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(healthy) == 1);
        var parked = fixture.readAll(Topics.deadLetterOf(Topics.DRAFTING), poisoned, 1, Duration.ofSeconds(10));
        assertThat(parked).hasSize(1);
        assertThat(effects(poisoned)).isZero();
        assertThat(fixture.jdbc.sql("SELECT count(*) FROM processed_events WHERE event_id = ?")
                .param(new String(parked.get(0).headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8))
                .query(Long.class).single()).as("a failed event is not recorded as applied").isZero();
    }

    private long effects(String documentId) {
        return fixture.jdbc.sql("SELECT count(*) FROM test_effects WHERE document_id = ?").param(documentId)
                .query(Long.class).single();
    }

    private ProducerRecord<String, byte[]> record(String eventId, String documentId, String json) {
        return fixture.codec.toRecord(Topics.DRAFTING, eventId, "/gongwen/test",
                EventType.DRAFT_WITHDRAWN.typeName(), documentId, Instant.now(), json);
    }
}
