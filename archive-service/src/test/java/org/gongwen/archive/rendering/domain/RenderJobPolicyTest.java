package org.gongwen.archive.rendering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Issue 18: a failed render is tried again later, with a doubling wait, until the limit; then it is given up. */
class RenderJobPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final RenderJobPolicy POLICY = new RenderJobPolicy(4, Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofMinutes(5));

    @Test
    void aFailedAttemptBelowTheLimitIsRetriedAfterAWaitThatDoublesUpToTheMaximum() {
        assertThat(POLICY.afterFailure(1, NOW)).isEqualTo(new RenderJobPolicy.RetryAt(NOW.plusSeconds(10)));
        assertThat(POLICY.afterFailure(2, NOW)).isEqualTo(new RenderJobPolicy.RetryAt(NOW.plusSeconds(20)));
        assertThat(POLICY.afterFailure(3, NOW)).isEqualTo(new RenderJobPolicy.RetryAt(NOW.plusSeconds(30)));
    }

    @Test
    void theAttemptThatReachesTheLimitGivesTheJobUp() {
        assertThat(POLICY.afterFailure(4, NOW)).isInstanceOf(RenderJobPolicy.GiveUp.class);
        assertThat(POLICY.afterFailure(5, NOW)).isInstanceOf(RenderJobPolicy.GiveUp.class);
        assertThat(new RenderJobPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1)).afterFailure(1, NOW))
                .as("one attempt allowed: the first failure ends it").isInstanceOf(RenderJobPolicy.GiveUp.class);
    }

    @Test
    void aClaimedJobIsItsWorkersUntilTheLeaseEnds() {
        assertThat(POLICY.leaseEnds(NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aPolicyWithoutAttemptsOrWithAMaximumBelowTheFirstWaitIsRefused() {
        assertThatThrownBy(() -> new RenderJobPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RenderJobPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(5),
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RenderJobPolicy(3, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theIdleWorkerWaitsLongerEachEmptyRoundAndStartsOverWhenItFindsWork() {
        IdleBackoff backoff = new IdleBackoff(Duration.ofMillis(500), Duration.ofSeconds(3));
        assertThat(backoff.next(Duration.ofMillis(500), false)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.next(Duration.ofSeconds(2), false)).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.next(Duration.ofSeconds(3), false)).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.next(Duration.ofSeconds(3), true)).isEqualTo(Duration.ofMillis(500));
    }
}
