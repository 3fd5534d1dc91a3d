package org.gongwen.events;

import java.time.Instant;

/** One countersigner's decision within a 会签 step ({@code APPROVE} or {@code RETURN}); {@code complete} once enough approved. */
public record ReviewCountersigned(String documentId, int revision, int level, Person countersigner, String decision,
                                  String opinion, boolean complete, Instant at) implements GongwenEvent {
}
