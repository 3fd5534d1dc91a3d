package org.gongwen.events;

import java.time.Instant;
import java.util.List;

/**
 * Distributed: one delivery per 主送 and 抄送 organ of an issued document, in the document's order. Published by
 * registry-service (issue 17); {@code revision} is always 1: the registry's documents have no review rounds.
 */
public record RegistryDeliveriesPlanned(String documentId, int revision, List<String> deliveryIds,
                                        List<String> recipients, Instant plannedAt) implements GongwenEvent {

    public RegistryDeliveriesPlanned {
        deliveryIds = deliveryIds == null ? List.of() : List.copyOf(deliveryIds);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
