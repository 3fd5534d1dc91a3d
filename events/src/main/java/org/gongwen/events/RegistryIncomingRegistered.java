package org.gongwen.events;

import java.time.Instant;

/**
 * Registered: an incoming document was registered under its gap-free 收文编号. Published by registry-service (issue 17);
 * {@code revision} is always 1: the registry's documents have no review rounds.
 */
public record RegistryIncomingRegistered(String documentId, int revision, String receiptNumber, String senderOrgan,
                                         String title, String registeredBy,
                                         Instant registeredAt) implements GongwenEvent {
}
