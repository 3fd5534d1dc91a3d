package org.gongwen.registry.shared.application;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.gongwen.kernel.Refusal;
import org.gongwen.kernel.Transactions;
import org.gongwen.registry.shared.domain.Outcome;

/**
 * The one shape of an act on a stored aggregate: in one transaction, lock it, let the domain decide, and on success
 * save the new state and publish its events; a missing aggregate is a 404-kind refusal. {@link #create} is the same
 * for an act that creates the aggregate.
 */
public final class Acts {

    private Acts() {
    }

    public static <T> Outcome<T> act(Transactions tx, Function<UUID, Optional<T>> lock, Consumer<T> save,
                                     RegistryEvents events, UUID id, String what, Function<T, Outcome<T>> decision) {
        return tx.inTransaction(() -> {
            Optional<T> current = lock.apply(id);
            if (current.isEmpty()) {
                return Outcome.<T>refused(Refusal.of(Refusal.Kind.NOT_FOUND, what + "-not-found", "未找到该记录。",
                        "No such " + what + "."));
            }
            return kept(decision.apply(current.get()), save, events);
        });
    }

    /** The same for an aggregate that the act creates: in one transaction, decide, then save and publish on success. */
    public static <T> Outcome<T> create(Transactions tx, Consumer<T> save, RegistryEvents events,
                                        Supplier<Outcome<T>> decision) {
        return tx.inTransaction(() -> kept(decision.get(), save, events));
    }

    private static <T> Outcome<T> kept(Outcome<T> outcome, Consumer<T> save, RegistryEvents events) {
        if (outcome instanceof Outcome.Done<T> done) {
            save.accept(done.state());
            events.publish(done.events());
        }
        return outcome;
    }
}
