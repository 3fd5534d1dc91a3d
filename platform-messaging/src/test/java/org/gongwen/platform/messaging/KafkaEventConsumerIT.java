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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

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
    private MessagingProperties properties;
    /** Stands for the fix of the bug that made the poisoned document fail. */
    private volatile boolean fixed;
    private KafkaProducer<String, byte[]> producer;

    /** Records each applied event; refuses one document for good, as a handler bug would. */
    private final EventHandler recorder = MessagingFixture.withdrawals(event -> {
        if (event.subject().startsWith(POISONED_DOCUMENT) && !fixed) {
            throw new IllegalArgumentException("cannot apply " + event.subject());
        }
        fixture.jdbc.sql("INSERT INTO test_effects (document_id, event_type) VALUES (?, ?)")
                .params(event.subject(), event.type().typeName()).update();
    });

    @BeforeEach
    void start() {
        properties = fixture.properties(fixture.bootstrap, "consumer-it-" + UUID.randomUUID());
        consumer = new KafkaEventConsumer(List.of(recorder), fixture.jdbc, fixture.tx, fixture.codec, properties);
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
    void aQuietConsumerGetsANewEventAtOnceNotAfterItsIdleWait() {
        // an idle wait far beyond the deadlines below: only a fetch the broker answers on arrival applies it in time
        consumer.stop();
        MessagingProperties patient = new MessagingProperties(fixture.bootstrap, "/gongwen/test",
                "consumer-it-" + UUID.randomUUID(), 3, (short) 1, Duration.ofMillis(100), 50, Duration.ofSeconds(3), 3,
                Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofDays(1), null, Duration.ofMinutes(2));
        consumer = new KafkaEventConsumer(List.of(recorder), fixture.jdbc, fixture.tx, fixture.codec, patient);
        consumer.start();
        String first = MessagingFixture.newDocumentId();
        producer.send(record(UUID.randomUUID().toString(), first,
                fixture.codec.payloadJson(MessagingFixture.withdrawn(first))));
        producer.flush();
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(first) == 1);

        // applied, so the consumer has polled again and its fetch waits at the broker
        String second = MessagingFixture.newDocumentId();
        producer.send(record(UUID.randomUUID().toString(), second,
                fixture.codec.payloadJson(MessagingFixture.withdrawn(second))));
        producer.flush();
        await().atMost(Duration.ofSeconds(10)).until(() -> effects(second) == 1);
    }

    @Test
    void eventsPolledTogetherAreAppliedInOneTransaction() {
        consumer.stop();
        String documentId = MessagingFixture.newDocumentId();
        for (int i = 0; i < 5; i++) {
            producer.send(record(UUID.randomUUID().toString(), documentId,
                    fixture.codec.payloadJson(MessagingFixture.withdrawn(documentId))));
        }
        producer.flush();
        Map<String, Long> transactionOfEvent = new ConcurrentHashMap<>();
        // started after the five are on the topic, so its first polls find them waiting
        consumer = startConsumer(event -> {
            if (event.subject().equals(documentId)) {
                transactionOfEvent.put(event.eventId(),
                        fixture.jdbc.sql("SELECT txid_current()").query(Long.class).single());
            }
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> transactionOfEvent.size() == 5);
        // a poll can end inside the five (the group reads the earlier tests' events first): at most two transactions
        assertThat(Set.copyOf(transactionOfEvent.values())).hasSizeLessThanOrEqualTo(2);
        assertThat(consumer.batchesAppliedCount()).isPositive();
    }

    @Test
    void anEventThatFailsAmongOthersPolledWithItIsParkedAloneAndTheOthersAreApplied() {
        consumer.stop();
        String documentId = MessagingFixture.newDocumentId();
        List<String> eventIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        String failing = eventIds.get(1);
        for (String eventId : eventIds) {
            producer.send(record(eventId, documentId, fixture.codec.payloadJson(MessagingFixture.withdrawn(documentId))));
        }
        producer.flush();
        consumer = startConsumer(event -> {
            if (event.subject().equals(documentId)) {
                if (event.eventId().equals(failing)) {
                    throw new IllegalArgumentException("cannot apply " + event.eventId());
                }
                fixture.jdbc.sql("INSERT INTO test_effects (document_id, event_type) VALUES (?, ?)")
                        .params(event.subject(), event.type().typeName()).update();
            }
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(documentId) == 2);
        var parked = fixture.readAll(Topics.deadLetterOf(Topics.DRAFTING), documentId, 1, Duration.ofSeconds(10));
        assertThat(parked).hasSize(1);
        assertThat(new String(parked.get(0).headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8))
                .isEqualTo(failing);
        assertThat(fixture.jdbc.sql("SELECT event_id::text FROM processed_events WHERE document_id = ?")
                .param(documentId).query(String.class).list())
                .as("the events applied are recorded, the parked one is not")
                .containsExactlyInAnyOrder(eventIds.get(0), eventIds.get(2));
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

    @Test
    void parkedMessagesAreAppliedByTheReplayOnceTheCauseIsFixedAndOnlyOnce() {
        String poisoned = POISONED_DOCUMENT + "-" + UUID.randomUUID();
        producer.send(record(UUID.randomUUID().toString(), poisoned,
                fixture.codec.payloadJson(MessagingFixture.withdrawn(poisoned))));
        producer.flush();
        DeadLetters deadLetters = new DeadLetters(consumer, properties);
        // this consumer group also re-reads earlier tests' poisoned messages: look for this test's own
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.parked().stream()
                .anyMatch(p -> p.documentId().equals(poisoned)));
        // what the operations page shows: when it was parked and by which consumer
        DeadLetters.Parked entry = deadLetters.parked().stream().filter(p -> p.documentId().equals(poisoned))
                .findFirst().orElseThrow();
        assertThat(entry.consumer()).isEqualTo(properties.consumerGroup());
        assertThat(entry.parkedAt()).isNotNull().isBefore(java.time.Instant.now().plusSeconds(1));

        fixed = true;
        DeadLetters.Replay replay = deadLetters.replay();

        assertThat(replay.replayed()).isGreaterThanOrEqualTo(1);
        assertThat(replay.stillFailing()).isZero();
        assertThat(effects(poisoned)).isEqualTo(1);
        assertThat(deadLetters.parked()).isEmpty();
        assertThat(deadLetters.replay().replayed()).as("a second replay finds nothing left").isZero();
        assertThat(effects(poisoned)).isEqualTo(1);
    }

    @Test
    void aReplayStopsAtAMessageThatStillFailsAndLeavesItParked() {
        String poisoned = POISONED_DOCUMENT + "-" + UUID.randomUUID();
        producer.send(record(UUID.randomUUID().toString(), poisoned,
                fixture.codec.payloadJson(MessagingFixture.withdrawn(poisoned))));
        producer.flush();
        DeadLetters deadLetters = new DeadLetters(consumer, properties);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.parked().stream()
                .anyMatch(p -> p.documentId().equals(poisoned)));

        DeadLetters.Replay replay = deadLetters.replay();

        assertThat(replay.replayed()).isZero();
        assertThat(replay.firstFailure()).as("why it stopped (may be another test's poison, read again by this group)")
                .isNotBlank();
        assertThat(replay.remaining()).extracting(DeadLetters.Parked::documentId).contains(poisoned);
        assertThat(effects(poisoned)).isZero();
    }

    /** A consumer of its own group: it reads the topic from the start, earlier tests' events included. */
    private KafkaEventConsumer startConsumer(Consumer<EventEnvelope> handling) {
        properties = fixture.properties(fixture.bootstrap, "consumer-it-" + UUID.randomUUID());
        KafkaEventConsumer started = new KafkaEventConsumer(List.of(MessagingFixture.withdrawals(handling)),
                fixture.jdbc, fixture.tx, fixture.codec, properties);
        started.start();
        return started;
    }

    private long effects(String documentId) {
        return fixture.jdbc.sql("SELECT count(*) FROM test_effects WHERE document_id = ?").param(documentId)
                .query(Long.class).single();
    }

    private ProducerRecord<String, byte[]> record(String eventId, String documentId, String json) {
        return fixture.codec.toRecord(Topics.DRAFTING, eventId, "/gongwen/test",
                EventType.DRAFT_WITHDRAWN.typeName(), documentId, Instant.now(), json, null);
    }
}
