package org.gongwen.events;

import java.time.Instant;

/**
 * Concluded: the lead unit recorded the result and closed the 收文. Published by registry-service (issue 17); {@code
 * revision} is always 1: the registry's documents have no review rounds.
 */
public record RegistryIncomingConcluded(String documentId, int revision, String result, String replyDocumentId,
                                        String concludedBy, Instant concludedAt) implements GongwenEvent {
}
