package org.gongwen.events;

import java.time.Instant;

/**
 * 加签: the reviewer acting on step {@code level - 1} inserted {@code reviewer} (of organisational {@code role}) as a
 * new step right after their own, at {@code level}; the later levels moved up by one. The added reviewer decides
 * like any level when the document reaches them. {@code actor} did it, for {@code onBehalfOf} (username, "X代Y")
 * when acting for the step's owner; {@code opinion} says why (never empty).
 */
public record ReviewReviewerAdded(String documentId, int revision, int level, String role, Person reviewer,
                                  Person actor, String onBehalfOf, String opinion, Instant at) implements GongwenEvent {
}
