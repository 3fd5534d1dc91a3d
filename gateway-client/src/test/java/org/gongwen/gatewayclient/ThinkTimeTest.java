package org.gongwen.gatewayclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ThinkTimeTest {

    @Test
    void aSingleNumberIsAFixedPause() {
        ThinkTime fixed = ThinkTime.parseMillis("5000");

        assertThat(fixed.next()).isEqualTo(Duration.ofSeconds(5));
        assertThat(fixed.isNone()).isFalse();
    }

    @Test
    void aRangeDrawsPausesWithinItsBoundsAndNotAlwaysTheSame() {
        ThinkTime range = ThinkTime.parseMillis("1000-10000");
        Set<Duration> drawn = new HashSet<>();

        for (int i = 0; i < 200; i++) {
            Duration pause = range.next();
            assertThat(pause).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
            drawn.add(pause);
        }

        assertThat(drawn).hasSizeGreaterThan(100);
    }

    @Test
    void zeroAndNoneMeanNoPause() {
        assertThat(ThinkTime.parseMillis("0").isNone()).isTrue();
        assertThat(ThinkTime.NONE.isNone()).isTrue();
    }

    @Test
    void aRangeTheWrongWayRoundOrNotANumberIsRefused() {
        assertThatThrownBy(() -> ThinkTime.parseMillis("10000-1000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThinkTime.parseMillis("soon")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MIN-MAX");
    }
}
