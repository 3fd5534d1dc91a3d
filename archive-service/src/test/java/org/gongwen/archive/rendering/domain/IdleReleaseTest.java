package org.gongwen.archive.rendering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class IdleReleaseTest {

    private static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");
    private final IdleRelease release = new IdleRelease(Duration.ofSeconds(60));

    @Test
    void nothingIsReleasedBeforeTheFirstRender() {
        assertThat(release.releaseDue(T0.plus(Duration.ofHours(5)))).isFalse();
    }

    @Test
    void fontsAreKeptThroughABurstOfRenders() {
        release.rendered(T0);
        assertThat(release.releaseDue(T0.plusSeconds(59))).isFalse();
        release.rendered(T0.plusSeconds(59));
        assertThat(release.releaseDue(T0.plusSeconds(100))).isFalse();
    }

    @Test
    void fontsAreReleasedOnceAfterTheIdleTime() {
        release.rendered(T0);
        assertThat(release.releaseDue(T0.plusSeconds(60))).isTrue();
        assertThat(release.releaseDue(T0.plusSeconds(61))).isFalse();
        assertThat(release.releaseDue(T0.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void theNextRenderHoldsThemAgain() {
        release.rendered(T0);
        assertThat(release.releaseDue(T0.plusSeconds(60))).isTrue();
        release.rendered(T0.plusSeconds(300));
        assertThat(release.releaseDue(T0.plusSeconds(330))).isFalse();
        assertThat(release.releaseDue(T0.plusSeconds(360))).isTrue();
    }

    @Test
    void theIdleTimeMustBePositive() {
        assertThatThrownBy(() -> new IdleRelease(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
