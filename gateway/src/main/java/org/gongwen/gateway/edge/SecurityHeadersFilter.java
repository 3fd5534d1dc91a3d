package org.gongwen.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Browser protections on every answer, the gateway's own and the services' relayed ones alike (set when the
 * response is committed, so a service's own values are replaced, never doubled). The page's policy allows only
 * its own origin: its scripts are modules from /app, it has no inline script or style, and it downloads files
 * through blob: links. Swagger UI styles elements inline, so its pages alone may do that.
 */
final class SecurityHeadersFilter implements WebFilter, Ordered {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String SWAGGER_UI_POLICY = PAGE_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // also on the refusals of filters that answer before the others run
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        String policy = isSwaggerUi(path) ? SWAGGER_UI_POLICY : PAGE_POLICY;
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Content-Security-Policy", policy);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private static boolean isSwaggerUi(String path) {
        return PATHS.match("/swagger-ui/**", path) || PATHS.match("/webjars/**", path) || "/swagger-ui.html".equals(path);
    }
}
