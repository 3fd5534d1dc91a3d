package org.gongwen.platform.web.ops;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.common.KeyValue;
import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Puts the document a request is about into the log lines ({@code documentId} in the MDC, beside Micrometer's
 * {@code traceId}/{@code spanId}) and onto the request's span ({@code gongwen.document.id}), so one document can be
 * followed through logs and traces. The document is the first UUID in the path: every gongwen resource about one
 * document has its id there ({@code /api/drafts/{id}}, {@code /api/reviews/{id}}, {@code /api/archive/records/{id}}).
 * The value travels in the Reactor context; {@link BlockingWork} restores it into the MDC for the blocking use
 * case, which writes the service's log lines.
 */
public class DocumentIdFilter implements WebFilter, Ordered {

    public static final String MDC_KEY = "documentId";
    public static final String SPAN_TAG = "gongwen.document.id";
    private static final Pattern UUID = Pattern.compile(
            "(?<![0-9a-fA-F-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9a-fA-F-])");

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(MDC_KEY,
                () -> MDC.get(MDC_KEY), value -> MDC.put(MDC_KEY, value), () -> MDC.remove(MDC_KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Optional<String> documentId = documentIdOf(exchange.getRequest().getPath().value());
        if (documentId.isEmpty()) {
            return chain.filter(exchange);
        }
        ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .ifPresent(context -> context.addHighCardinalityKeyValue(KeyValue.of(SPAN_TAG, documentId.get())));
        return chain.filter(exchange).contextWrite(context -> context.put(MDC_KEY, documentId.get()));
    }

    /** The first UUID-shaped path segment, lower-cased: the document the request is about. */
    public static Optional<String> documentIdOf(String path) {
        Matcher matcher = UUID.matcher(path == null ? "" : path);
        return matcher.find() ? Optional.of(matcher.group().toLowerCase()) : Optional.empty();
    }

    /** Early, so that the security filters' and handlers' log lines carry it too. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
