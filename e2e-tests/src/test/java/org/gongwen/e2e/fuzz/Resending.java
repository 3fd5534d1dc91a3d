package org.gongwen.e2e.fuzz;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.gongwen.gatewayclient.GatewayClient;

/**
 * The gateway limits requests per user and route (429 urn:gongwen:problem:rate-limited, Retry-After); the suites
 * send far more than a person would, so a 429 is waited out and the same request sent again. A refused request
 * was not carried out, so sending it again is safe even for a mutation.
 */
public final class Resending {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Resending() {
    }

    public static GatewayClient.Response whileRateLimited(Supplier<GatewayClient.Response> request) {
        AtomicReference<GatewayClient.Response> last = new AtomicReference<>(request.get());
        if (last.get().status() != 429) {
            return last.get();
        }
        await("a request the gateway rate-limited goes through").atMost(PATIENCE)
                .pollDelay(Duration.ofMillis(500)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    last.set(request.get());
                    return last.get().status() != 429;
                });
        return last.get();
    }
}
