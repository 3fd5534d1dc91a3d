package org.gongwen.gateway.routing;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Resolves a route URI {@code backend://<service>} to one of the service's instances, in turn, and moves on to the
 * next instance when the chosen one cannot be connected to. Only a failed connection is retried, whatever the
 * method: no byte of the request reached that instance, so even a POST cannot be applied twice. Anything that
 * happens after the connection (a reset, a timeout, an error answer) is passed on unchanged.
 */
final class InstanceBalancingFilter implements GlobalFilter, Ordered {

    static final String SCHEME = "backend";

    private static final Logger log = LoggerFactory.getLogger(InstanceBalancingFilter.class);

    private final Map<String, BackendInstances> backends;

    InstanceBalancingFilter(Map<String, BackendInstances> backends) {
        this.backends = Map.copyOf(backends);
    }

    /** Right after the route's URI has been merged into the request URL, before the HTTP client runs. */
    @Override
    public int getOrder() {
        return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        URI url = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
        if (url == null || !SCHEME.equals(url.getScheme())) {
            return chain.filter(exchange);
        }
        BackendInstances backend = backends.get(url.getHost());
        if (backend == null) {
            return Mono.error(new IllegalStateException("route names unknown service " + url.getHost()));
        }
        ServerWebExchangeUtils.addOriginalRequestUrl(exchange, url);
        return attempt(exchange, chain, url, backend, backend.firstChoice(), 0);
    }

    private Mono<Void> attempt(ServerWebExchange exchange, GatewayFilterChain chain, URI url,
                               BackendInstances backend, int firstChoice, int attempt) {
        URI instance = backend.instance(firstChoice, attempt);
        // encoded exactly as RouteToRequestUrlFilter built the URL: a raw query such as ?asOf=测试 is not re-validated
        URI target = UriComponentsBuilder.fromUri(url)
                .scheme(instance.getScheme()).host(instance.getHost()).port(instance.getPort())
                .build(ServerWebExchangeUtils.containsEncodedParts(url)).toUri();
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR, target);
        return chain.filter(exchange).onErrorResume(
                error -> attempt + 1 < backend.size() && neverConnected(error) && !exchange.getResponse().isCommitted(),
                error -> {
                    log.warn("Service {} instance {} not reachable ({}); trying the next instance",
                            backend.service(), instance, error.toString());
                    ServerWebExchangeUtils.reset(exchange);
                    return attempt(exchange, chain, url, backend, firstChoice, attempt + 1);
                });
    }

    private static boolean neverConnected(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
