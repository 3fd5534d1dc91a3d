package org.gongwen.loaddriver;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Durations of one kind, collected from many threads, summarised as nearest-rank percentiles in milliseconds. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(count, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                count == 0 ? 0 : millis(sorted[count - 1]));
    }

    /** Nearest rank: the smallest value with at least p % of the values at or below it. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return millis(sorted[Math.max(0, rank - 1)]);
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    record Summary(int count, double p50, double p95, double p99, double max) {

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("count", count);
            map.put("p50Ms", p50);
            map.put("p95Ms", p95);
            map.put("p99Ms", p99);
            map.put("maxMs", max);
            return map;
        }
    }
}
