package org.gongwen.registry.delivery.messaging;

import java.util.Optional;
import java.util.UUID;

import org.gongwen.events.GongwenEvent;
import org.gongwen.events.RegistryDeliveriesPlanned;
import org.gongwen.events.RegistryDeliveryReturned;
import org.gongwen.events.RegistryDeliverySent;
import org.gongwen.events.RegistryDeliverySigned;
import org.gongwen.registry.delivery.domain.DeliveryEvents.DeliveriesPlanned;
import org.gongwen.registry.delivery.domain.DeliveryEvents.DeliveryReturned;
import org.gongwen.registry.delivery.domain.DeliveryEvents.DeliverySent;
import org.gongwen.registry.delivery.domain.DeliveryEvents.DeliverySigned;
import org.gongwen.registry.shared.domain.RegistryEvent;

/** Delivery events as they leave the service on gongwen.registry, keyed by the issued document's id. */
public final class DeliveryMessages {

    /** The registry's documents have no review rounds (events README). */
    static final int REVISION = 1;

    private DeliveryMessages() {
    }

    public static Optional<GongwenEvent> of(RegistryEvent event) {
        if (event instanceof DeliveriesPlanned p) {
            return Optional.of(new RegistryDeliveriesPlanned(id(p.documentId()), REVISION,
                    p.deliveryIds().stream().map(UUID::toString).toList(), p.recipients(), p.at()));
        }
        if (event instanceof DeliverySigned s) {
            return Optional.of(new RegistryDeliverySigned(id(s.documentId()), REVISION, id(s.deliveryId()), s.unit(),
                    s.signedBy(), s.at()));
        }
        if (event instanceof DeliveryReturned r) {
            return Optional.of(new RegistryDeliveryReturned(id(r.documentId()), REVISION, id(r.deliveryId()),
                    r.unit(), r.returnedBy(), r.reason(), r.at()));
        }
        if (event instanceof DeliverySent s) {
            return Optional.of(new RegistryDeliverySent(id(s.documentId()), REVISION, id(s.deliveryId()),
                    s.recipient(), s.sentBy(), s.channel(), s.at()));
        }
        return Optional.empty();
    }

    private static String id(UUID id) {
        return id.toString();
    }
}
