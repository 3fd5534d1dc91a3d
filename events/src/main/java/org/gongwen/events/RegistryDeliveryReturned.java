package org.gongwen.events;

import java.time.Instant;

/**
 * Sent back: the receiving unit returned a delivery (e.g. wrongly addressed), with the reason. Published by
 * registry-service (issue 17); {@code revision} is always 1: the registry's documents have no review rounds.
 */
public record RegistryDeliveryReturned(String documentId, int revision, String deliveryId, String unit,
                                       String returnedBy, String reason, Instant returnedAt) implements GongwenEvent {
}
