package org.gongwen.gatewayclient;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A person's pause before each action, drawn uniformly from {@code [shortest, longest]}. A fixed pause makes every
 * simulated person act in step with the others (all 50 start together and come back together), so their calls arrive
 * in bursts a real office never sends; issue 15's P2 asks for a randomised 1–10 s.
 */
public record ThinkTime(Duration shortest, Duration longest) {

    public static final ThinkTime NONE = new ThinkTime(Duration.ZERO, Duration.ZERO);

    public ThinkTime {
        if (shortest.isNegative() || longest.compareTo(shortest) < 0) {
            throw new IllegalArgumentException("think time needs 0 <= shortest <= longest, not " + shortest + ".." + longest);
        }
    }

    /** {@code "5000"} for a fixed 5 s, {@code "1000-10000"} for anything from 1 s to 10 s, in milliseconds. */
    public static ThinkTime parseMillis(String text) {
        String[] bounds = text.trim().split("-", 2);
        try {
            long shortest = Long.parseLong(bounds[0].trim());
            long longest = bounds.length == 2 ? Long.parseLong(bounds[1].trim()) : shortest;
            return new ThinkTime(Duration.ofMillis(shortest), Duration.ofMillis(longest));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("think time is MS or MIN-MAX in milliseconds, not '" + text + "'");
        }
    }

    public boolean isNone() {
        return longest.isZero();
    }

    public Duration next() {
        if (longest.equals(shortest)) {
            return shortest;
        }
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(shortest.toMillis(), longest.toMillis() + 1));
    }

    @Override
    public String toString() {
        return longest.equals(shortest) ? shortest.toMillis() + " ms" : shortest.toMillis() + "–" + longest.toMillis() + " ms";
    }
}
