package org.gongwen.archive.rendering.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * What happens to a render job after an attempt failed: tried again after a delay that doubles with each attempt
 * (a font installed late, a database away for a moment), until {@code maxAttempts} have failed; then it is given up
 * and stays recorded as failed for an operator (a document the renderer cannot lay out will not heal by waiting).
 *
 * @param maxAttempts attempts in all, the first included
 * @param firstDelay  the wait after the first failure
 * @param maxDelay    the longest wait between two attempts
 * @param lease       how long a claimed job is left to its worker before another may take it (a worker that died
 *                    mid-render leaves its job to be taken up again when the lease ends)
 */
public record RenderJobPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, Duration lease) {

    public RenderJobPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("delays must be 0 <= firstDelay <= maxDelay and the lease positive");
        }
    }

    /** The decision after a failed attempt. */
    public sealed interface AfterFailure permits RetryAt, GiveUp {
    }

    /** Try again, not before {@code at}. */
    public record RetryAt(Instant at) implements AfterFailure {
    }

    /** No more attempts: the job is recorded as failed. */
    public record GiveUp() implements AfterFailure {
    }

    /**
     * @param attemptsMade attempts so far, the failed one included (1 after the first failure)
     */
    public AfterFailure afterFailure(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return new GiveUp();
        }
        return new RetryAt(now.plus(delayAfter(attemptsMade)));
    }

    /** firstDelay × 2^(attempts − 1), at most maxDelay. */
    Duration delayAfter(int attemptsMade) {
        Duration delay = firstDelay;
        for (int i = 1; i < attemptsMade && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** A claimed job belongs to its worker until then; after it, any worker may claim it again. */
    public Instant leaseEnds(Instant claimedAt) {
        return claimedAt.plus(lease);
    }
}
