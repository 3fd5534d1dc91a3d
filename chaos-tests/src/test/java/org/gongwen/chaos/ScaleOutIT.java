package org.gongwen.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.platform.web.security.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's proof that scaling out keeps exactly-once: drafting, review, archive and registry each run two instances on the
 * same database and consumer group; halfway through the documents one instance of each is SIGKILLed and not
 * restarted. The survivors take over its partitions (after the group's session timeout) and its outbox relay
 * duty (the advisory lock dies with its connection), and every document must still be archived exactly once with
 * gap-free numbers. Before the kill the test checks that both instances really held partitions, so that the kill
 * takes work away from the group.
 *
 * <p>Routing: the gateway gets both instances of each service and takes them in turn, so the killed instances
 * served HTTP too until they died, and the gateway has to fail over; {@code -Dchaos.gateway-balances=false} routes
 * to instance 1 only (the killed instance 2 then shares only the Kafka work).
 */
class ScaleOutIT {

    private static final int REGISTRATIONS = 20;

    private final int documents = Integer.getInteger("scaleout.documents", 100);
    private final int workers = Integer.getInteger("chaos.workers", 8);
    private final Path root = Path.of(System.getProperty("gongwen.repository.root", "..")).toAbsolutePath().normalize();
    private final Path dir = Path.of(System.getProperty("chaos.dir", "target/chaos")).toAbsolutePath()
            .resolveSibling("scaleout");

    @Test
    void everyDocumentIsProcessedOnceWhenOneOfTwoInstancesDies() throws Exception {
        long started = System.nanoTime();
        try (ChaosSuite suite = new ChaosSuite(root, dir, 2)) {
            suite.start();
            DocumentDriver driver = new DocumentDriver(suite.gatewayUrl(), suite.tokens());
            Invariants invariants = new Invariants(suite);
            registerConcurrently(suite, invariants);
            AtomicInteger finished = new AtomicInteger();
            Map<String, Integer> kills = new ConcurrentHashMap<>();
            CompletableFuture<Void> killer = CompletableFuture.runAsync(
                    () -> killSecondInstancesHalfway(suite, invariants, finished, kills));
            List<String> ids = driver.driveAll(documents, workers, finished);
            killer.get();
            long drivenNanos = System.nanoTime() - started;

            invariants.awaitSettled(ids, Duration.ofMinutes(3));
            Invariants.Counts counts = invariants.check(ids);
            ChaosReport.write(dir, "scale-out report (gateway balances: " + ChaosSuite.GATEWAY_BALANCES + ")", counts,
                    kills, 0, driver, drivenNanos, System.nanoTime() - started);

            assertThat(kills).as("one instance of each service killed mid-run").hasSize(ChaosSuite.BACKENDS.size());
            assertThat(invariants.violations).isEmpty();
            assertThat(counts.archived()).isEqualTo(documents);
            assertThat(counts.issued()).isEqualTo(documents);
            for (String service : ChaosSuite.BACKENDS) {
                assertThat(suite.service(ChaosSuite.instanceName(service, 2)).alive()).as(service + "-2 stayed dead").isFalse();
            }
        }
    }

    /**
     * 收文编号 stay gap-free per year when both registry instances register at once: the gateway takes the two in
     * turn, and each registration waits on the year's counter row the other holds.
     */
    private void registerConcurrently(ChaosSuite suite, Invariants invariants) throws Exception {
        GatewayClient client = GatewayClient.to(suite.gatewayUrl())
                .tokens(user -> suite.tokens().mint(DemoUsers.get(user))).build();
        Map<String, Object> form = Map.of("senderOrgan", "江城市人民政府办公室", "title", "关于做好2026年防汛工作的通知",
                "copies", 1, "receivedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> client.post("qianxiao", "/api/registry/incoming", form).status()));
        }
        for (CompletableFuture<Integer> call : calls) {
            assertThat(call.get()).as("registration through the balancing gateway").isEqualTo(201);
        }
        assertThat(invariants.receiptNumbers()).as("收文编号 of the year: 1..n, each once")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, REGISTRATIONS).boxed().toList());
    }

    private void killSecondInstancesHalfway(ChaosSuite suite, Invariants invariants, AtomicInteger finished,
                                            Map<String, Integer> kills) {
        Awaitility.await("half the documents finished").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> finished.get() >= documents / 2);
        for (String service : ChaosSuite.BACKENDS) {
            Awaitility.await(service + ": both instances hold partitions").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500)).until(() -> invariants.membersWithPartitions(service) == 2);
            suite.crash(ChaosSuite.instanceName(service, 2));
            kills.put(ChaosSuite.instanceName(service, 2), 1);
        }
    }
}
