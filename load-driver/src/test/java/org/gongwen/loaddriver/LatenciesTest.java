package org.gongwen.loaddriver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) { // out of order on purpose: the summary sorts
            latencies.add(ms * 1_000_000L);
        }
        Latencies.Summary summary = latencies.summary();
        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50()).isEqualTo(50.0);
        assertThat(summary.p95()).isEqualTo(95.0);
        assertThat(summary.p99()).isEqualTo(99.0);
        assertThat(summary.max()).isEqualTo(100.0);
    }

    @Test
    void aSingleSlowCallIsTheP99OfAHundredOnlyWhenItIsTheHundredth() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 199; i++) {
            latencies.add(2_000_000L);
        }
        latencies.add(900_000_000L);
        assertThat(latencies.summary().p99()).isEqualTo(2.0);
        assertThat(latencies.summary().max()).isEqualTo(900.0);
    }

    @Test
    void anEmptySummaryIsZeros() {
        assertThat(new Latencies().summary()).isEqualTo(new Latencies.Summary(0, 0, 0, 0, 0));
    }
}
