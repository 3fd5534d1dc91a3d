package org.gongwen.registry.delivery.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gongwen.registry.shared.domain.RegistryEvent;

/** What happens to deliveries, in the past tense. */
public final class DeliveryEvents {

    private DeliveryEvents() {
    }

    /** An issued document's deliveries were planned: one per recipient organ, in the document's order. */
    public record DeliveriesPlanned(UUID documentId, List<UUID> deliveryIds, List<String> recipients, Instant at)
            implements RegistryEvent {
        public DeliveriesPlanned {
            deliveryIds = List.copyOf(deliveryIds);
            recipients = List.copyOf(recipients);
        }
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
