package org.gongwen.archive.rendering.domain;

import java.time.Duration;

/**
 * How long the render worker waits for work when it found none: it is woken right after an archiving commits, so
 * polling is only the fall-back (a wake-up lost in a restart, a job archived by another instance, a retry coming
 * due); each idle round doubles the wait up to {@code max}, and finding work starts again from {@code min}.
 */
public record IdleBackoff(Duration min, Duration max) {

    public IdleBackoff {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("0 < min <= max");
        }
    }

    /** The wait after a round that found work ({@code worked}) or none, given the previous wait. */
    public Duration next(Duration previous, boolean worked) {
        if (worked) {
            return min;
        }
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled.compareTo(min) < 0 ? min : doubled;
    }
}
