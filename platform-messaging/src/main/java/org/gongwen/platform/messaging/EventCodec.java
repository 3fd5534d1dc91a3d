package org.gongwen.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.gongwen.events.EventType;
import org.gongwen.events.GongwenEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Turns envelopes into Kafka records and back (JSON value, CloudEvents headers, key = document id). */
public final class EventCodec {

    private final JsonMapper json;

    public EventCodec(JsonMapper json) {
        // consumers must ignore fields added later within the same version
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public String payloadJson(GongwenEvent event) {
        return json.writeValueAsString(event);
    }

    /** The Kafka record of an event, with the W3C trace context of the work that produced it (null when untraced). */
    public ProducerRecord<String, byte[]> toRecord(String topic, String eventId, String source, String typeName,
                                                   String subject, Instant time, String payloadJson, String traceparent) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topic, subject, payloadJson.getBytes(StandardCharsets.UTF_8));
        Headers headers = record.headers();
        headers.add(CloudEventHeaders.SPEC_VERSION, utf8("1.0"));
        headers.add(CloudEventHeaders.ID, utf8(eventId));
        headers.add(CloudEventHeaders.SOURCE, utf8(source));
        headers.add(CloudEventHeaders.TYPE, utf8(typeName));
        headers.add(CloudEventHeaders.SUBJECT, utf8(subject));
        headers.add(CloudEventHeaders.TIME, utf8(time.toString()));
        headers.add(CloudEventHeaders.CONTENT_TYPE, utf8("application/json"));
        if (traceparent != null) {
            headers.add(TraceContext.HEADER, utf8(traceparent));
        }
        return record;
    }

    /** The logical type of a record, if it has one this code base knows. */
    public Optional<EventType> typeOf(ConsumerRecord<String, byte[]> record) {
        return header(record.headers(), CloudEventHeaders.TYPE).flatMap(EventType::byTypeName);
    }

    public EventEnvelope decode(ConsumerRecord<String, byte[]> record, EventType type) {
        Headers headers = record.headers();
        String id = header(headers, CloudEventHeaders.ID)
                .orElseThrow(() -> new UndecodableEventException("no " + CloudEventHeaders.ID + " header", null));
        try {
            Instant time = header(headers, CloudEventHeaders.TIME).map(Instant::parse).orElse(Instant.EPOCH);
            GongwenEvent payload = json.readValue(record.value(), type.payloadType());
            if (payload.documentId() == null || payload.documentId().isBlank()) {
                throw new UndecodableEventException("event " + id + " has no documentId", null);
            }
            String subject = header(headers, CloudEventHeaders.SUBJECT).orElse(payload.documentId());
            String source = header(headers, CloudEventHeaders.SOURCE).orElse("");
            return new EventEnvelope(id, source, type, subject, time, payload);
        } catch (JacksonException | DateTimeParseException | IllegalArgumentException e) {
            throw new UndecodableEventException("event " + id + " is not a valid " + type.typeName(), e);
        }
    }

    static Optional<String> header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
