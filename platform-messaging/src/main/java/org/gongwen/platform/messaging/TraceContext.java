package org.gongwen.platform.messaging;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

/**
 * W3C trace context ({@code traceparent}) across Kafka hops. The context of the work that appends an event is
 * stored with its outbox row and sent as a Kafka header; the consumer applies the event inside that trace, so the
 * events a handler appends in turn continue the same trace. With a Micrometer {@link Tracer} the consumer opens a
 * real child span; without one the context is still carried (a new span id per hop), so the trace id survives.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final ThreadLocal<String> CONSUMING = new ThreadLocal<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Tracer tracer;

    /** @param tracer the application's tracer, or null where tracing is not configured */
    public TraceContext(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The traceparent to store with an event appended now, if the current work is traced. */
    public Optional<String> current() {
        if (tracer != null) {
            Span span = tracer.currentSpan();
            if (span != null) {
                var context = span.context();
                return Optional.of("00-" + context.traceId() + "-" + context.spanId() + "-"
                        + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00"));
            }
        }
        return Optional.ofNullable(CONSUMING.get());
    }

    /** The trace id of a traceparent value, if it is well-formed. */
    public static Optional<String> traceId(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        var matcher = TRACEPARENT.matcher(traceparent.trim());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Runs {@code work} as a child of the incoming traceparent (or untraced when there is none). */
    public <T> T continueTrace(String incoming, String spanName, Supplier<T> work) {
        var matcher = incoming == null ? null : TRACEPARENT.matcher(incoming.trim());
        if (matcher == null || !matcher.matches()) {
            return work.get();
        }
        String traceId = matcher.group(1);
        boolean sampled = !"00".equals(matcher.group(3));
        if (tracer != null) {
            var parent = tracer.traceContextBuilder().traceId(traceId).spanId(matcher.group(2)).sampled(sampled).build();
            Span span = tracer.spanBuilder().setParent(parent).name(spanName).kind(Span.Kind.CONSUMER).start();
            try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
                return work.get();
            } catch (RuntimeException e) {
                span.error(e);
                throw e;
            } finally {
                span.end();
            }
        }
        String previous = CONSUMING.get();
        CONSUMING.set("00-" + traceId + "-" + newSpanId() + "-" + matcher.group(3));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CONSUMING.remove();
            } else {
                CONSUMING.set(previous);
            }
        }
    }

    private static String newSpanId() {
        byte[] id = new byte[8];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
