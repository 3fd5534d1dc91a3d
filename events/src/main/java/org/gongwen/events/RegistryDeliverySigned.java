package org.gongwen.events;

import java.time.Instant;

/**
 * Signed for: a person of the receiving unit signed for a delivery. Published by registry-service (issue 17); {@code
 * revision} is always 1: the registry's documents have no review rounds.
 */
public record RegistryDeliverySigned(String documentId, int revision, String deliveryId, String unit,
                                     String signedBy, Instant signedAt) implements GongwenEvent {
}
