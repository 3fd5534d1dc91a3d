package org.gongwen.events;

import java.time.Instant;

/**
 * Sent: the office's confidential clerk sent an outside organ's copy, through the channel named. Published by
 * registry-service (issue 17); {@code revision} is always 1: the registry's documents have no review rounds.
 */
public record RegistryDeliverySent(String documentId, int revision, String deliveryId, String recipient,
                                   String sentBy, String channel, Instant sentAt) implements GongwenEvent {
}
