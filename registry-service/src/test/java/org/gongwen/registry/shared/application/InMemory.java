package org.gongwen.registry.shared.application;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.gongwen.kernel.Transactions;
import org.gongwen.registry.shared.domain.RegistryEvent;

/**
 * The shared ports in memory, for the use cases' unit tests (the JDBC and outbox adapters have their integration
 * tests on a real PostgreSQL).
 */
public final class InMemory {

    private InMemory() {
    }

    /** Runs the work at once: one thread, nothing to roll back in memory. */
    public static final Transactions TRANSACTIONS = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    /** What the use cases published, in order. */
    public static final class Events implements RegistryEvents {
        public final List<RegistryEvent> published = new ArrayList<>();

        @Override
        public void publish(List<RegistryEvent> events) {
            published.addAll(events);
        }
    }
}
