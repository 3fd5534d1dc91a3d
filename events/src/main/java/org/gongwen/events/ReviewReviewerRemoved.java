package org.gongwen.events;

import java.time.Instant;

/**
 * 减签: the reviewer acting on the current step removed {@code reviewer}, added ad hoc at {@code level} and not yet
 * reached; the later levels moved down by one. Standing chain levels are never removed. {@code actor} did it, for
 * {@code onBehalfOf} (username, "X代Y") when acting for the step's owner; {@code opinion} says why (never empty).
 */
public record ReviewReviewerRemoved(String documentId, int revision, int level, Person reviewer, Person actor,
                                    String onBehalfOf, String opinion, Instant at) implements GongwenEvent {
}
