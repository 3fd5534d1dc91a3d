package org.gongwen.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongwen.events.EventType;
import org.gongwen.events.RecordArchived;
import org.gongwen.events.Topics;
import org.gongwen.testsupport.TestKafka;
import org.junit.jupiter.api.Test;

/** Issue 9: the trace id of the work that wrote an event survives every Kafka hop after it. */
class TraceContextIT {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final MessagingFixture fixture = new MessagingFixture();

    @Test
    void theTraceIdOfAnEventIsRecordedWhenAppliedAndTravelsOnWithTheEventsTheHandlerWrites() {
        OutboxRelay relay = fixture.relay(fixture.bootstrap);
        Outbox outbox = fixture.outbox(relay);
        // a handler that answers a withdrawal with an event of its own, as the services' handlers do
        EventHandler answering = MessagingFixture.withdrawals(event ->
                outbox.append(new RecordArchived(event.subject(), 1, "Z011-WS·2026-D30-SHJZ-0001", Instant.now())));
        KafkaEventConsumer consumer = new KafkaEventConsumer(List.of(answering), fixture.jdbc, fixture.tx, fixture.codec,
                fixture.properties(fixture.bootstrap, "trace-it-" + UUID.randomUUID()));
        String documentId = MessagingFixture.newDocumentId();
        String eventId = UUID.randomUUID().toString();
        consumer.start();
        try {
            TestKafka.send(fixture.codec.toRecord(Topics.DRAFTING, eventId, "/gongwen/test",
                    EventType.DRAFT_WITHDRAWN.typeName(), documentId, Instant.now(),
                    fixture.codec.payloadJson(MessagingFixture.withdrawn(documentId)),
                    "00-" + TRACE_ID + "-00f067aa0ba902b7-01"));
            await().atMost(Duration.ofSeconds(30)).until(() -> fixture.jdbc
                    .sql("SELECT count(*) FROM processed_events WHERE event_id = ?").param(eventId)
                    .query(Long.class).single() == 1);
        } finally {
            consumer.stop();
        }

        assertThat(fixture.jdbc.sql("SELECT trace_id FROM processed_events WHERE event_id = ?").param(eventId)
                .query(String.class).single()).isEqualTo(TRACE_ID);
        while (relay.relayOnce() > 0) {
            // publish what the handler wrote
        }
        List<ConsumerRecord<String, byte[]>> answered = TestKafka.read(Topics.ARCHIVE, documentId, 1, Duration.ofSeconds(20));
        assertThat(answered).hasSize(1);
        String traceparent = new String(answered.get(0).headers().lastHeader(TraceContext.HEADER).value(),
                StandardCharsets.UTF_8);
        assertThat(TraceContext.traceId(traceparent)).contains(TRACE_ID);
        assertThat(traceparent).as("a new span for the new hop").isNotEqualTo("00-" + TRACE_ID + "-00f067aa0ba902b7-01");
    }

    @Test
    void malformedTraceparentIsIgnored() {
        assertThat(TraceContext.traceId("not-a-traceparent")).isEmpty();
        assertThat(TraceContext.traceId(null)).isEmpty();
        assertThat(TraceContext.traceId("00-" + TRACE_ID + "-00f067aa0ba902b7-01")).contains(TRACE_ID);
    }
}
