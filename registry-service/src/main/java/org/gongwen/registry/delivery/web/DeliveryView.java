package org.gongwen.registry.delivery.web;

import java.time.Instant;
import java.util.UUID;

import org.gongwen.registry.delivery.domain.Delivery;

/** A delivery as the API shows it (docs/registry-api.md). */
record DeliveryView(UUID id, UUID documentId, String documentNumber, String title, String classification,
                    String recipient, String unit, String role, String route, String status, Instant createdAt,
                    Instant signingDue, boolean overdue, String actedBy, Instant actedAt, String note) {

    static DeliveryView of(Delivery d, Instant now) {
        return new DeliveryView(d.id(), d.documentId(), d.documentNumber(), d.title(), d.classification().label(),
                d.recipient(), d.unit(), d.role().name(), d.route().name(), d.status().name(), d.createdAt(),
                d.signingDue(), d.overdue(now), d.actedBy(), d.actedAt(), d.note());
    }
}
