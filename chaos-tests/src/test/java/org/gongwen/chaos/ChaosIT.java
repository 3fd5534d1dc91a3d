package org.gongwen.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's proof that no document is lost or duplicated under crashes: N documents go through the whole suite
 * while a monkey SIGKILLs and restarts a service every few finished documents (all four in turn), and kills and
 * restarts the Kafka broker once and PostgreSQL once. Then every document must be archived exactly once, its draft, review and archive
 * states must agree, 文号 and 件号 must have no gaps, no event may be stuck, the dead-letter topics empty.
 *
 * <p>Short form in {@code ./mvnw verify} (200 documents); long form: {@code ./mvnw -pl chaos-tests verify
 * -Dchaos.documents=10000} after a build. The report goes to stdout and {@code target/chaos/report.txt}.
 */
class ChaosIT {

    private final int documents = Integer.getInteger("chaos.documents", 200);
    private final int workers = Integer.getInteger("chaos.workers", 8);
    /** A service is killed each time this many more documents are finished: chaos keeps pace with the work. */
    private final int documentsPerKill = Integer.getInteger("chaos.documents-per-kill", 30);
    private final Path root = Path.of(System.getProperty("gongwen.repository.root", "..")).toAbsolutePath().normalize();
    private final Path dir = Path.of(System.getProperty("chaos.dir", "target/chaos")).toAbsolutePath();

    @Test
    void noDocumentIsLostOrDuplicatedWhileServersCrash() throws Exception {
        long started = System.nanoTime();
        try (ChaosSuite suite = new ChaosSuite(root, dir)) {
            suite.start();
            DocumentDriver driver = new DocumentDriver(suite.gatewayUrl(), suite.tokens());
            Map<String, AtomicInteger> kills = new ConcurrentHashMap<>();
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger finished = new AtomicInteger();
            Thread monkey = new Thread(() -> monkey(suite, kills, done, finished), "chaos-monkey");
            monkey.start();

            List<String> ids = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            List<Future<?>> running = new ArrayList<>();
            List<String> drafters = List.copyOf(DocumentDriver.CHAINS.keySet());
            for (int i = 0; i < documents; i++) {
                String drafter = drafters.get(i % drafters.size());
                String title = "江城市民政局关于申请困难群众救助资金（" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "）的请示";
                running.add(pool.submit(() -> {
                    ids.add(driver.run(drafter, title));
                    finished.incrementAndGet();
                }));
            }
            try {
                for (Future<?> future : running) {
                    future.get();
                }
            } finally {
                done.set(true);
                monkey.join();
                pool.shutdownNow();
            }
            suite.awaitAllReady();
            long drivenNanos = System.nanoTime() - started;

            Invariants invariants = new Invariants(suite);
            Awaitility.await("every document archived and every outbox drained").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> invariants.archivedDrafts(ids) == ids.size() && invariants.unpublishedOutboxRows() == 0
                            && invariants.consumerLag() == 0);
            Invariants.Counts counts = invariants.check(ids);
            String report = report(counts, kills, driver, drivenNanos, System.nanoTime() - started);
            System.out.println(report);
            Files.writeString(dir.resolve("report.txt"), report);

            assertThat(invariants.violations).isEmpty();
            assertThat(counts.archived()).isEqualTo(documents);
            assertThat(counts.issued()).isEqualTo(documents);
            assertThat(kills.getOrDefault("kafka", new AtomicInteger()).get()).as("the broker restarted").isEqualTo(1);
            assertThat(kills.getOrDefault("postgres", new AtomicInteger()).get()).as("PostgreSQL restarted").isEqualTo(1);
            if (documents >= 5 * documentsPerKill) {
                assertThat(kills.keySet()).as("every service was killed at least once").containsAll(ChaosSuite.SERVICES);
            }
        }
    }

    /**
     * Kills a service each time {@code documentsPerKill} more documents are done, going round all four in a shuffled
     * order so that each is hit; the broker once a third of the way, PostgreSQL once two thirds of the way.
     */
    private void monkey(ChaosSuite suite, Map<String, AtomicInteger> kills, AtomicBoolean done, AtomicInteger finished) {
        Random random = new Random(42);
        List<String> round = new ArrayList<>();
        boolean kafkaDone = false;
        boolean postgresDone = false;
        int nextServiceKill = documentsPerKill / 2;
        try {
            while (!done.get()) {
                int progress = finished.get();
                if (!kafkaDone && progress >= documents / 3) {
                    suite.crashAndRestartKafka();
                    kills.computeIfAbsent("kafka", k -> new AtomicInteger()).incrementAndGet();
                    kafkaDone = true;
                } else if (!postgresDone && progress >= 2 * documents / 3) {
                    suite.crashAndRestartPostgres();
                    kills.computeIfAbsent("postgres", k -> new AtomicInteger()).incrementAndGet();
                    postgresDone = true;
                } else if (progress >= nextServiceKill) {
                    if (round.isEmpty()) {
                        round.addAll(ChaosSuite.SERVICES);
                        Collections.shuffle(round, random);
                    }
                    String victim = round.remove(0);
                    suite.crashAndRestart(victim);
                    kills.computeIfAbsent(victim, k -> new AtomicInteger()).incrementAndGet();
                    nextServiceKill = finished.get() + documentsPerKill;
                } else {
                    Thread.sleep(50);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("the monkey failed", e);
        }
    }

    private static String report(Invariants.Counts counts, Map<String, AtomicInteger> kills, DocumentDriver driver,
                                 long drivenNanos, long totalNanos) {
        StringBuilder r = new StringBuilder("\n=== chaos report ===\n");
        r.append(String.format("documents %d | archived %d | issued %d | distinct 文号 %d%n", counts.documents(),
                counts.archived(), counts.issued(), counts.distinctNumbers()));
        r.append(String.format("lost %d | duplicated %d | 文号 gaps %d | 件号 gaps %d | DLT %d | lag %d%n",
                counts.documents() - counts.archived(), counts.duplicateRecords(), counts.numberGaps(),
                counts.itemNumberGaps(), counts.deadLetters(), counts.consumerLag()));
        r.append("kills and restarts: ").append(kills).append('\n');
        r.append(String.format("HTTP calls %d, failed (no answer or 5xx) %d%n", driver.calls.get(), driver.failedCalls.get()));
        r.append(String.format("driving %.1f s, total wall time %.1f s%n", drivenNanos / 1e9, totalNanos / 1e9));
        return r.toString();
    }
}
