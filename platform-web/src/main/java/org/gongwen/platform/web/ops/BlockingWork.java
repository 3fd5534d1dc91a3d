package org.gongwen.platform.web.ops;

import java.util.concurrent.Callable;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs a blocking use case (JDBC, the outbox) on {@code boundedElastic} with the request's thread locals restored
 * from the Reactor context: its span (so the outbox row stores the request's {@code traceparent}) and the MDC's
 * {@code traceId}, {@code spanId} and {@code documentId} (so its log lines carry them).
 *
 * <p>Why here and not everywhere: Reactor's automatic context propagation
 * ({@code spring.reactor.context-propagation=auto}) restores the thread locals around <em>every</em> operator of every
 * request — a quarter to a half of each service's CPU under load in the issue 15 profiles — while the only code that
 * reads them is the blocking work, which starts here. The services therefore run with {@code limited}
 * ({@link OperationalDefaults}) and every blocking use case goes through this class.
 */
public final class BlockingWork {

    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    private BlockingWork() {
    }

    public static <T> Mono<T> call(Callable<T> work) {
        return Mono.deferContextual(context -> Mono.fromCallable(() -> {
            try (ContextSnapshot.Scope restored = SNAPSHOTS.setThreadLocalsFrom(context)) {
                return work.call();
            }
        })).subscribeOn(Schedulers.boundedElastic());
    }
}
