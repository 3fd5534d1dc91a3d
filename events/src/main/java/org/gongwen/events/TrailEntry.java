package org.gongwen.events;

import java.time.Instant;

/**
 * One act in a document's life, as the archive keeps it: 起草/送审 (SUBMITTED), 审核 (APPROVED), 退回
 * (RETURNED), 签发 (SIGNED). {@code contentHash} binds the act to the exact content the actor saw.
 */
public record TrailEntry(String action, Person actor, String role, Integer level, Instant at, String opinion,
                         String contentHash) {
}
