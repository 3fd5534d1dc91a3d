package org.gongwen.registry.delivery.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.registry.delivery.domain.Delivery;

/** What the lists of deliveries read (persistence port); nothing above the reader's clearance is returned. */
public interface DeliveryQueries {

    /** A unit's deliveries, newest first; {@code pendingOnly}: only those awaiting 签收. */
    List<Delivery> forUnit(String unit, Classification clearance, boolean pendingOnly, int page, int size);

    /** Outside organs' copies, newest first; {@code pendingOnly}: only those still to send. */
    List<Delivery> external(Classification clearance, boolean pendingOnly, int page, int size);

    Optional<Delivery> find(UUID id);
}
