package org.gongwen.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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
    private final int documentsPerKill = Integer.getInteger("chaos.documents-per-kill", 20);
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
            List<String> ids;
            try {
                ids = driver.driveAll(documents, workers, finished);
            } finally {
                done.set(true);
                monkey.join();
            }
            suite.awaitAllReady();
            long drivenNanos = System.nanoTime() - started;

            Invariants invariants = new Invariants(suite);
            invariants.awaitSettled(ids, Duration.ofMinutes(3));
            Invariants.Counts counts = invariants.check(ids);
            int restarts = kills.values().stream().mapToInt(AtomicInteger::get).sum();
            ChaosReport.write(dir, "chaos report", counts, kills, restarts, driver, drivenNanos, System.nanoTime() - started);

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
     * Kills a service each time {@code documentsPerKill} more documents are done, going round all five in a shuffled
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
            // on a loaded machine a slow restart can hold the monkey while the last documents finish: the broker
            // and database crashes are still due, and the events still in flight meet them
            if (!kafkaDone) {
                suite.crashAndRestartKafka();
                kills.computeIfAbsent("kafka", k -> new AtomicInteger()).incrementAndGet();
            }
            if (!postgresDone) {
                suite.crashAndRestartPostgres();
                kills.computeIfAbsent("postgres", k -> new AtomicInteger()).incrementAndGet();
            }
            // likewise a service whose turn had not come (five services, slow restarts): it still crashes with events
            // in flight for it, and the invariants are checked after it has caught up
            for (String service : ChaosSuite.SERVICES) {
                if (!kills.containsKey(service)) {
                    suite.crashAndRestart(service);
                    kills.computeIfAbsent(service, k -> new AtomicInteger()).incrementAndGet();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("the monkey failed", e);
        }
    }
}
