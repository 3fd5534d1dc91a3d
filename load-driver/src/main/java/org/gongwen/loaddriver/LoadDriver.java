package org.gongwen.loaddriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.gongwen.gatewayclient.DocumentLifecycle;
import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.gatewayclient.ThinkTime;

/**
 * Drives the running suite (./gongwen up) through the gateway: N documents, C drafters at a time, each document
 * drafted, submitted, approved through its whole chain and read back from the archive. Prints a table and
 * writes the same figures as JSON. See docs/benchmarks.md.
 *
 * <pre>
 * java -cp 'load-driver/target/classes:load-driver/target/lib/*' org.gongwen.loaddriver.LoadDriver \
 *     --documents 300 --concurrency 50 --out bench.json
 * </pre>
 */
public final class LoadDriver {

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        DriverOptions options;
        try {
            options = DriverOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("load-driver: " + e.getMessage());
            System.err.println(DriverOptions.USAGE);
            System.exit(2);
            return;
        }
        ProcessSampler processes = new ProcessSampler(options.state(), options.postmaster());
        Map<String, ProcessSampler.Sample> idle = processes.sample();
        List<Double> loadBefore = ProcessSampler.loadAverage();

        AtomicReference<CallStats> stats = new AtomicReference<>(new CallStats());
        GatewayClient client = GatewayClient.to(options.gateway()).http11().accept("application/json")
                .renewTokenOn401().noAnswerAsStatus().observer((call, status, nanos) -> {
                    CallStats current = stats.get();
                    current.call(call, nanos);
                    if (!EXPECTED.getOrDefault(call, Set.of()).contains(status)) {
                        current.unexpected(call, status);
                    }
                }).build();
        DocumentLifecycle lifecycle = new DocumentLifecycle(client, DocumentLifecycle.Options.failFast(
                options.pollInterval(), options.waitLimit(), options.thinkTime()));
        String run = "bench-" + Instant.now().toEpochMilli();
        if (options.warmUp() > 0) {
            System.out.printf("warm-up: %d documents, %d at a time%n", options.warmUp(), options.concurrency());
            Outcome warm = drive(lifecycle, stats, run + "-warm", options.warmUp(), options.concurrency());
            warm.failures.stream().limit(3).forEach(f -> System.out.println("  warm-up failure: " + f));
        }

        CallStats measured = new CallStats();
        stats.set(measured); // a new measurement after the warm-up
        Map<String, ProcessSampler.Sample> before = processes.sample();
        System.out.printf("measuring: %d documents, %d at a time, through %s%n", options.documents(),
                options.concurrency(), options.gateway());
        long started = System.nanoTime();
        Outcome outcome = drive(lifecycle, stats, run, options.documents(), options.concurrency());
        double wallSeconds = (System.nanoTime() - started) / 1e9;
        Map<String, ProcessSampler.Sample> after = processes.sample();

        Report report = new Report(options, measured, outcome.completed.get(), outcome.failures, wallSeconds,
                loadBefore, ProcessSampler.loadAverage(), idle, before, after);
        System.out.println(report.table());
        if (options.out() != null) {
            if (options.out().getParent() != null) {
                Files.createDirectories(options.out().getParent());
            }
            Files.writeString(options.out(), report.json());
            System.out.println("JSON: " + options.out());
        }
        System.exit(outcome.failures.isEmpty() ? 0 : 1);
    }

    /**
     * The answers each call of a lifecycle is expected to get; any other is counted as an error under its status.
     * While an event is on its way the resource is not there yet: 404 is an expected answer to a look.
     */
    private static final Map<String, Set<Integer>> EXPECTED = Map.of(
            "POST /api/drafts", Set.of(201),
            "POST /api/drafts/{id}/submit", Set.of(202),
            "GET /api/reviews/{id}", Set.of(200, 404),
            "POST /api/reviews/{id}/decisions", Set.of(200),
            "GET /api/archive/records/{id}", Set.of(200, 404));

    private record Outcome(AtomicInteger completed, List<String> failures) {
    }

    /** C workers take documents from one counter until N have been run; a failed lifecycle is reported, not retried. */
    private static Outcome drive(DocumentLifecycle lifecycle, AtomicReference<CallStats> stats, String run,
                                 int documents, int concurrency) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread worker = new Thread(() -> {
                int n;
                while ((n = next.getAndIncrement()) < documents) {
                    String drafter = DocumentLifecycle.DRAFTERS.get(n % DocumentLifecycle.DRAFTERS.size());
                    try {
                        DocumentLifecycle.Result done = lifecycle.run(drafter, "关于" + run + "第" + n + "号救助资金的请示");
                        stats.get().issuedToArchive(done.issuedToArchiveNanos());
                        stats.get().lifecycle(done.lifecycleNanos());
                        completed.incrementAndGet();
                    } catch (IllegalStateException e) {
                        failures.add(e.getMessage());
                    }
                }
            }, "drafter-" + w);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new Outcome(completed, new ArrayList<>(failures));
    }

    /** Command-line options; every one has a default that keeps a run within a few minutes. */
    record DriverOptions(String gateway, int documents, int concurrency, int warmUp, Duration pollInterval,
                         Duration waitLimit, ThinkTime thinkTime, Path state, Path postmaster, Path out, String label) {

        static final String USAGE = """
                usage: LoadDriver [--gateway URL] [--documents N] [--concurrency C] [--warmup W] [--poll-ms MS]
                                  [--wait-seconds S] [--think-ms MS|MIN-MAX] [--state DIR] [--postmaster FILE]
                                  [--out FILE.json] [--label TEXT]
                  --gateway       http://localhost:8080      the suite's gateway
                  --documents     200                        documents run through their whole life (measured)
                  --concurrency   50                         drafters at work at the same time
                  --warmup        30                         documents run first and not measured
                  --poll-ms       20                         pause between looks for an event's effect
                  --wait-seconds  60                         longest wait for one step before the document fails
                  --think-ms      0                          a person's pause before each action (create, submit, approve):
                                                             MS fixed, or MIN-MAX drawn uniformly (P2: 1000-10000)
                  --state         .gongwen                   where ./gongwen keeps its pid files (CPU and RSS)
                  --postmaster    <state>/pg/postmaster.pid  the PostgreSQL server's pid file (an external server's)
                  --out           (none)                     write the report as JSON there
                  --label         (none)                     names the run in the report, e.g. "1 instance\"""";

        static DriverOptions parse(String[] args) {
            String gateway = "http://localhost:8080";
            int documents = 200;
            int concurrency = 50;
            int warmUp = 30;
            long pollMillis = 20;
            long waitSeconds = 60;
            ThinkTime thinkTime = ThinkTime.NONE;
            Path state = Path.of(".gongwen");
            Path postmaster = null;
            Path out = null;
            String label = "";
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("no value after " + option);
                }
                String value = args[++i];
                switch (option) {
                    case "--gateway" -> gateway = value.replaceAll("/+$", "");
                    case "--documents" -> documents = positive(option, value);
                    case "--concurrency" -> concurrency = positive(option, value);
                    case "--warmup" -> warmUp = Integer.parseInt(value);
                    case "--poll-ms" -> pollMillis = positive(option, value);
                    case "--wait-seconds" -> waitSeconds = positive(option, value);
                    case "--think-ms" -> thinkTime = ThinkTime.parseMillis(value);
                    case "--state" -> state = Path.of(value);
                    case "--postmaster" -> postmaster = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--label" -> label = value;
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            return new DriverOptions(gateway, documents, concurrency, warmUp, Duration.ofMillis(pollMillis),
                    Duration.ofSeconds(waitSeconds), thinkTime, state,
                    postmaster == null ? state.resolve("pg/postmaster.pid") : postmaster, out, label);
        }

        private static int positive(String option, String value) {
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
            }
            if (number <= 0) {
                throw new IllegalArgumentException(option + " must be at least 1");
            }
            return number;
        }
    }
}
