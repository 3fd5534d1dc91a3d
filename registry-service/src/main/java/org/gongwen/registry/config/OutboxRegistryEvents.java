package org.gongwen.registry.config;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.gongwen.events.GongwenEvent;
import org.gongwen.platform.messaging.Outbox;
import org.gongwen.registry.shared.application.RegistryEvents;
import org.gongwen.registry.shared.domain.RegistryEvent;

/**
 * The registry's events into the outbox, in the caller's transaction. Each slice says which of its domain events
 * leave the service and as what (its {@code messaging} package); the others stay in the trail only.
 */
class OutboxRegistryEvents implements RegistryEvents {

    private final Outbox outbox;
    private final List<Function<RegistryEvent, Optional<GongwenEvent>>> translations;

    OutboxRegistryEvents(Outbox outbox, List<Function<RegistryEvent, Optional<GongwenEvent>>> translations) {
        this.outbox = outbox;
        this.translations = List.copyOf(translations);
    }

    @Override
    public void publish(List<RegistryEvent> events) {
        for (RegistryEvent event : events) {
            translations.stream().map(t -> t.apply(event)).flatMap(Optional::stream).findFirst()
                    .ifPresent(outbox::append);
        }
    }
}
