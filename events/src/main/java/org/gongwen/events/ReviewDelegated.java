package org.gongwen.events;

import java.time.Instant;

/**
 * The owner of a step let someone else act on it until {@code until}: {@code DELEGATE} (委派: the delegate decides,
 * the owner stays responsible, the trail says "delegate代owner") or {@code TRANSFER} (转办: the step moves to the
 * delegate, who decides in their own name).
 */
public record ReviewDelegated(String documentId, int revision, int level, String kind, Person owner, Person delegate,
                              Instant until, String reason, Instant at) implements GongwenEvent {
}
