package org.gongwen.registry.delivery.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongwen.registry.delivery.domain.Delivery;

/** The stored deliveries (persistence port). */
public interface Deliveries {

    /** An issued document's deliveries, in the order they were planned (empty: not yet distributed). */
    List<Delivery> ofDocument(UUID documentId);

    /** The delivery, locked until the transaction ends. */
    Optional<Delivery> lock(UUID id);

    void save(Delivery delivery);
}
