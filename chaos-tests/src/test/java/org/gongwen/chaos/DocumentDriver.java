package org.gongwen.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.gongwen.gatewayclient.DocumentLifecycle;
import org.gongwen.gatewayclient.GatewayClient;
import org.gongwen.platform.web.security.DemoUsers;
import org.gongwen.platform.web.security.TokenMinter;

/**
 * Takes documents through their life via the gateway while servers die under it: the shared
 * {@link DocumentLifecycle} in its {@linkplain DocumentLifecycle.Options#recovering recovering} form (every failed
 * call retried until a 4-minute step deadline, every step decided from the state the suite reports), with tokens
 * minted here and every HTTP call counted for the report (failed: no answer or 5xx).
 */
final class DocumentDriver {

    private static final Duration STEP_DEADLINE = Duration.ofMinutes(4);
    private static final Duration PAUSE = Duration.ofMillis(200);

    private final DocumentLifecycle lifecycle;
    final AtomicLong calls = new AtomicLong();
    final AtomicLong failedCalls = new AtomicLong();

    DocumentDriver(String gateway, TokenMinter tokens) {
        GatewayClient client = GatewayClient.to(gateway)
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(20))
                .accept("application/json")
                .tokens(user -> tokens.mint(DemoUsers.get(user))) // minted here, kept by the client
                .noAnswerAsStatus()
                .observer((call, status, nanos) -> {
                    calls.incrementAndGet();
                    if (status == GatewayClient.NO_ANSWER || status >= 500) {
                        failedCalls.incrementAndGet();
                    }
                })
                .build();
        this.lifecycle = new DocumentLifecycle(client, DocumentLifecycle.Options.recovering(PAUSE, STEP_DEADLINE));
    }

    /**
     * Takes {@code documents} documents up to 签发 on {@code workers} threads, drafters taking turns; counts each
     * finished one in {@code finished} (what the fault injectors pace themselves on). Returns their ids.
     */
    List<String> driveAll(int documents, int workers, AtomicInteger finished) throws InterruptedException, ExecutionException {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            List<String> drafters = DocumentLifecycle.DRAFTERS;
            for (int i = 0; i < documents; i++) {
                String drafter = drafters.get(i % drafters.size());
                String title = "江城市民政局关于申请困难群众救助资金（" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "）的请示";
                running.add(pool.submit(() -> {
                    ids.add(lifecycle.run(drafter, title).id());
                    finished.incrementAndGet();
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(ids);
    }
}
