package org.gongwen.registry.shared.domain;

import java.util.List;

import org.gongwen.kernel.Refusal;

/**
 * What an act on a registry aggregate returns: the new state and the events it causes, or a refusal as a value.
 * {@code T} is the aggregate; events are the slice's own past-tense records.
 */
public sealed interface Outcome<T> {

    record Done<T>(T state, List<RegistryEvent> events) implements Outcome<T> {
        public Done {
            events = List.copyOf(events);
        }
    }

    record Refused<T>(Refusal refusal) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T state, RegistryEvent event) {
        return new Done<>(state, List.of(event));
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }
}
