package org.gongwen.registry.shared.application;

import java.util.List;

import org.gongwen.registry.shared.domain.RegistryEvent;

/**
 * Where the use cases hand over the events of a change: the messaging adapter appends them to the outbox in the
 * caller's transaction, so they leave if and only if the change is committed.
 */
public interface RegistryEvents {

    void publish(List<RegistryEvent> events);
}
