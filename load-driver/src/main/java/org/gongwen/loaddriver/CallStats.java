package org.gongwen.loaddriver;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What the driver saw of the suite: latency per API call, and every answer that was not an expected one. */
final class CallStats {

    private final Map<String, Latencies> byCall = new ConcurrentHashMap<>();
    private final Latencies allCalls = new Latencies();
    private final Latencies issuedToArchive = new Latencies();
    private final Latencies lifecycles = new Latencies();
    private final Map<String, LongAdder> unexpected = new ConcurrentHashMap<>();

    void call(String call, long nanos) {
        byCall.computeIfAbsent(call, c -> new Latencies()).add(nanos);
        allCalls.add(nanos);
    }

    /** status -1 means no answer at all (connection refused, reset, timed out). */
    void unexpected(String call, int status) {
        unexpected.computeIfAbsent(status + " " + call, k -> new LongAdder()).increment();
    }

    void issuedToArchive(long nanos) {
        issuedToArchive.add(nanos);
    }

    void lifecycle(long nanos) {
        lifecycles.add(nanos);
    }

    Map<String, Latencies.Summary> perCall() {
        Map<String, Latencies.Summary> summaries = new TreeMap<>();
        byCall.forEach((call, latencies) -> summaries.put(call, latencies.summary()));
        return summaries;
    }

    Latencies.Summary allCalls() {
        return allCalls.summary();
    }

    Latencies.Summary issuedToArchive() {
        return issuedToArchive.summary();
    }

    Latencies.Summary lifecycles() {
        return lifecycles.summary();
    }

    /** "status call" → count, for example "409 POST /api/reviews/{id}/decisions" → 2. */
    Map<String, Long> unexpectedAnswers() {
        Map<String, Long> counts = new TreeMap<>();
        unexpected.forEach((key, count) -> counts.put(key, count.sum()));
        return counts;
    }

    /** status → count, all calls together. */
    Map<String, Long> errorsByStatus() {
        Map<String, Long> counts = new TreeMap<>();
        unexpected.forEach((key, count) -> counts.merge(key.substring(0, key.indexOf(' ')), count.sum(), Long::sum));
        return counts;
    }
}
