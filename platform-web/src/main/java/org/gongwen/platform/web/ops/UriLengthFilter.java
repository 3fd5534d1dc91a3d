package org.gongwen.platform.web.ops;

import java.net.URI;

import org.gongwen.platform.web.problem.ProblemWriter;
import org.gongwen.platform.web.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request target (path and query, as sent) longer than {@link #MAX_URI_LENGTH} with a 414 problem. Netty
 * itself answers a bare 414 without a body beyond its request-line limit; {@link OperationalDefaults} raises that
 * limit to {@code 64KB} so that every over-long target up to there reaches this filter and gets problem+json, and
 * only requests beyond 64 KiB meet Netty's bare answer.
 */
public class UriLengthFilter implements WebFilter, Ordered {

    /** Characters of path and query: twice the longest search a form can make (a 300-character 题名 encoded). */
    public static final int MAX_URI_LENGTH = 8192;

    private final ProblemWriter problems;

    public UriLengthFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        URI uri = exchange.getRequest().getURI();
        int length = length(uri.getRawPath()) + (uri.getRawQuery() == null ? 0 : 1 + uri.getRawQuery().length());
        if (length > MAX_URI_LENGTH) {
            return problems.write(exchange, Problems.uriTooLong(MAX_URI_LENGTH));
        }
        return chain.filter(exchange);
    }

    private static int length(String part) {
        return part == null ? 0 : part.length();
    }

    /**
     * Early: nothing else need look at a request that is refused anyway; just after the first filters, so that a
     * gateway's security headers (HIGHEST_PRECEDENCE) still come with the refusal.
     */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
