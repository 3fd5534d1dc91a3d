package org.gongwen.events;

import java.time.Instant;

/**
 * A step that was already approved is open again: {@code SENT_BACK} (退回 by a later reviewer to an earlier level,
 * with reasons) or {@code RECALLED} (撤回 by the approver of {@code toLevel} before the next reviewer acted). The
 * document stays in review: drafting is not concerned, the reviewer of {@code toLevel} must decide again.
 */
public record ReviewStepReopened(String documentId, int revision, int fromLevel, int toLevel, String action,
                                 Person actor, String onBehalfOf, String opinion, Instant at) implements GongwenEvent {
}
