package org.gongwen.registry.delivery.domain;

import java.time.Instant;
import java.util.UUID;

import org.gongwen.registry.shared.domain.RegistryEvent;

/** What happens to deliveries, in the past tense. */
public final class DeliveryEvents {

    private DeliveryEvents() {
    }

    public record DeliverySigned(UUID deliveryId, UUID documentId, String unit, String signedBy, Instant at)
            implements RegistryEvent {
    }

    public record DeliveryReturned(UUID deliveryId, UUID documentId, String unit, String returnedBy, String reason,
                                   Instant at) implements RegistryEvent {
    }

    public record DeliverySent(UUID deliveryId, UUID documentId, String recipient, String sentBy, String channel,
                               Instant at) implements RegistryEvent {
    }
}
