package org.gongwen.registry.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gongwen.kernel.Transactions;
import org.gongwen.registry.delivery.domain.Delivery;
import org.gongwen.registry.delivery.domain.DeliveryEvents.DeliveriesPlanned;
import org.gongwen.registry.delivery.domain.Distribution;
import org.gongwen.registry.delivery.domain.Distribution.IssuedDocument;
import org.gongwen.registry.shared.application.Acts;
import org.gongwen.registry.shared.application.RegistryEvents;
import org.gongwen.registry.shared.domain.Outcome;
import org.gongwen.registry.shared.domain.Person;

/**
 * 分发 on {@code document.issued} and the answers to it: 签收, 退回, 寄发. Distribution happens once per issued
 * document whatever the number of deliveries of the event (the consumer is idempotent by event id; this is by
 * document as well, so a second 签发 event of the same document cannot double the deliveries).
 */
public class DistributingDocuments {

    private final Deliveries deliveries;
    private final Organisation organisation;
    private final RegistryEvents events;
    private final Transactions tx;
    private final Clock clock;
    private final String officeUnit;

    public DistributingDocuments(Deliveries deliveries, Organisation organisation, RegistryEvents events,
                                 Transactions tx, Clock clock, String officeUnit) {
        this.deliveries = deliveries;
        this.organisation = organisation;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.officeUnit = officeUnit;
    }

    /** The deliveries of an issued document: planned now, or those planned before. */
    public List<Delivery> distribute(IssuedDocument document) {
        return tx.inTransaction(() -> {
            List<Delivery> existing = deliveries.ofDocument(document.documentId());
            if (!existing.isEmpty()) {
                return existing;
            }
            Instant now = clock.instant();
            List<Delivery> planned = Distribution.plan(document, organisation.unitsByName(), now,
                    organisation.signingDue(now, document.urgency()));
            planned.forEach(deliveries::save);
            events.publish(List.of(new DeliveriesPlanned(document.documentId(),
                    planned.stream().map(Delivery::id).toList(), planned.stream().map(Delivery::recipient).toList(), now)));
            return planned;
        });
    }

    public Outcome<Delivery> sign(UUID deliveryId, Person person) {
        return act(deliveryId, delivery -> delivery.sign(person, clock.instant()));
    }

    public Outcome<Delivery> sendBack(UUID deliveryId, Person person, String reason) {
        return act(deliveryId, delivery -> delivery.sendBack(person, reason, clock.instant()));
    }

    public Outcome<Delivery> markSent(UUID deliveryId, Person clerk, String channel) {
        return act(deliveryId, delivery -> delivery.markSent(clerk, officeUnit, channel, clock.instant()));
    }

    private Outcome<Delivery> act(UUID id, java.util.function.Function<Delivery, Outcome<Delivery>> decision) {
        return Acts.act(tx, deliveries::lock, deliveries::save, events, id, "delivery", decision);
    }
}
