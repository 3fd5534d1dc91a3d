package org.gongwen.loaddriver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.gongwen.gatewayclient.GatewayClient;

/**
 * What one HTTP call costs each process of the suite, through the gateway and straight to the service: the same
 * authenticated read ({@code GET /api/drafts/{id}}, one indexed row) made N times by C clients, CPU read from /proc
 * before and after each phase. The difference between the two phases is the gateway hop; the direct phase is the
 * floor of any call a lifecycle makes (token check, WebFlux, one transaction, JSON), which a benchmark's ratio
 * cannot go below whatever else is cut.
 *
 * <pre>
 * java -cp "load-driver/target/classes:load-driver/target/lib/*" org.gongwen.loaddriver.HopCost \
 *      [--gateway http://localhost:8080] [--direct http://localhost:8081] [--calls 5000] [--concurrency 4] \
 *      [--gap-ms 0]
 * </pre>
 *
 * <p>{@code --gap-ms} makes each client pause between its calls. On a virtual machine where waking an idle thread is
 * expensive (docs/benchmarks.md, seventh round) the same call costs more the longer the process idled before it:
 * back-to-back figures are the floor, paced ones what people at a human pace cost.
 */
public final class HopCost {

    private HopCost() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--gateway", "http://localhost:8080",
                "--direct", "http://localhost:8081", "--calls", "5000", "--concurrency", "4", "--state", ".gongwen", "--gap-ms", "0"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i])) {
                System.err.println("HopCost: unknown option " + args[i] + "; options: " + options.keySet());
                System.exit(2);
            }
            options.put(args[i], args[i + 1]);
        }
        int calls = Integer.parseInt(options.get("--calls"));
        int concurrency = Integer.parseInt(options.get("--concurrency"));
        long gapMillis = Long.parseLong(options.get("--gap-ms"));
        Path state = Path.of(options.get("--state"));
        ProcessSampler processes = new ProcessSampler(state, state.resolve("pg/postmaster.pid"));

        GatewayClient gateway = GatewayClient.to(options.get("--gateway")).http11().build();
        GatewayClient direct = GatewayClient.to(options.get("--direct")).http11().tokens(gateway::token).build();
        GatewayClient.Response created = gateway.post("zhangwei", "/api/drafts", Map.of("docType", "请示",
                "title", "关于申请测量单次调用开销的请示", "mainRecipients", List.of("江城市人民政府"),
                "body", "现将有关情况请示如下。", "direction", "上行", "attachments", List.of()));
        if (created.status() != 201) {
            throw new IllegalStateException("cannot create the draft to read: " + created);
        }
        String path = "/api/drafts/" + created.body().get("id").asString();

        for (String phase : List.of("warm-up gateway", "warm-up direct", "gateway", "direct")) {
            GatewayClient client = phase.endsWith("direct") ? direct : gateway;
            Map<String, ProcessSampler.Sample> before = processes.sample();
            long started = System.nanoTime();
            int failed = run(client, path, phase.startsWith("warm-up") ? calls / 2 : calls, concurrency, gapMillis);
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, ProcessSampler.Sample> after = processes.sample();
            if (phase.startsWith("warm-up")) {
                continue;
            }
            System.out.printf("%n%s: %d calls by %d clients, %d ms apart, in %.1f s (%.0f/s), %d not 200%n", phase,
                    calls, concurrency, gapMillis, seconds, calls / seconds, failed);
            double suite = 0;
            for (String name : after.keySet()) {
                ProcessSampler.Sample b = before.get(name);
                if (b == null) {
                    continue;
                }
                double msPerCall = (after.get(name).cpuSeconds() - b.cpuSeconds()) * 1000 / calls;
                if (!ProcessSampler.DRIVER.equals(name)) {
                    suite += msPerCall;
                }
                System.out.printf("  %-20s %7.3f CPU ms per call%n", name, msPerCall);
            }
            System.out.printf("  %-20s %7.3f CPU ms per call%n", "suite, no driver", suite);
        }
    }

    private static int run(GatewayClient client, String path, int calls, int concurrency, long gapMillis)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            Thread worker = new Thread(() -> {
                while (next.getAndIncrement() < calls) {
                    if (client.get("zhangwei", path).status() != 200) {
                        failed.incrementAndGet();
                    }
                    if (gapMillis > 0) {
                        LockSupport.parkNanos(gapMillis * 1_000_000);
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return failed.get();
    }
}
