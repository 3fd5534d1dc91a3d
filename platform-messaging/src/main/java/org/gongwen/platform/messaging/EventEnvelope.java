package org.gongwen.platform.messaging;

import java.time.Instant;

import org.gongwen.events.EventType;
import org.gongwen.events.GongwenEvent;

/** An event with its CloudEvents attributes: id, source, type, subject (the document id) and time. */
public record EventEnvelope(String eventId, String source, EventType type, String subject, Instant time,
                            GongwenEvent payload) {

    public <T extends GongwenEvent> T payloadAs(Class<T> payloadType) {
        return payloadType.cast(payload);
    }
}
