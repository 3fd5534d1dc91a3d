package org.gongwen.review.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a reviewer has for a step, by 紧急程度. Plain hours for now; working calendars come later.
 */
public record ReviewDeadlines(Duration urgent, Duration expedited, Duration normal) {

    public static final ReviewDeadlines DEFAULT =
            new ReviewDeadlines(Duration.ofHours(4), Duration.ofHours(24), Duration.ofHours(72));

    public Instant dueAt(String urgency, Instant assignedAt) {
        if ("特急".equals(urgency)) {
            return assignedAt.plus(urgent);
        }
        if ("加急".equals(urgency)) {
            return assignedAt.plus(expedited);
        }
        return assignedAt.plus(normal);
    }
}
