package org.gongwen.events;

import java.time.Instant;

/**
 * An overdue registry item (see {@link RegistryReminderDue} for {@code itemKind} and {@code documentId}) put before
 * the leader who set its deadline ({@code escalatedTo}, a username: the 批办 of a 收文, the 交办 of a matter) or the
 * office ({@code escalatedToUnit} only: a delivery not signed for), once per deadline. Published by registry-service
 * (issue 17); {@code revision} is always 1.
 */
public record RegistryEscalated(String documentId, int revision, String itemKind, String itemId, String holderUnit,
                                String title, Instant dueAt, String escalatedTo, String escalatedToUnit, Instant at)
        implements GongwenEvent {
}
