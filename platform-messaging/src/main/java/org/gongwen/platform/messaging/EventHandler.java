package org.gongwen.platform.messaging;

import java.util.Set;

import org.gongwen.events.EventType;

/**
 * Applies events of some types to this service's state. Runs inside the transaction that also records the
 * event id, so it must not publish to Kafka itself (use the {@link Outbox}) and must throw to roll back.
 * A refusal that is a business outcome (an event that no longer applies) is not an error: handle it and return.
 */
public interface EventHandler {

    Set<EventType> handles();

    void handle(EventEnvelope event);
}
