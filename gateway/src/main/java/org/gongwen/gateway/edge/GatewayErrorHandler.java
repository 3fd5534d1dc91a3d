package org.gongwen.gateway.edge;

import java.net.ConnectException;
import java.net.UnknownHostException;

import org.gongwen.platform.web.problem.Problem;
import org.gongwen.platform.web.problem.ProblemWriter;
import org.gongwen.platform.web.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * The errors only a gateway has: a backend that cannot be reached (connection refused, unknown host, connect
 * timeout, connection dropped mid-answer) becomes 503 naming the service, and a streamed body over the limit
 * becomes 413 with the limit. Runs just before platform-web's handler, which answers everything else.
 */
final class GatewayErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemWriter problems;

    GatewayErrorHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return problems.write(exchange, Problems.payloadTooLarge(tooLarge.limitBytes()));
            }
            if (isBackendUnreachable(cause)) {
                return problems.write(exchange, backendUnavailable(exchange, cause));
            }
        }
        return Mono.error(error);
    }

    private static boolean isBackendUnreachable(Throwable cause) {
        return cause instanceof ConnectException
                || cause instanceof UnknownHostException
                || cause instanceof PrematureCloseException;
    }

    private static Problem backendUnavailable(ServerWebExchange exchange, Throwable cause) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String service = route == null ? "backend" : route.getId();
        log.warn("Service {} unavailable for {} {}: {}", service, exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), cause.toString());
        return Problems.serviceUnavailable("服务 " + service + " 暂时不可用，请稍后重试。",
                        "Service " + service + " is temporarily unavailable; retry later.")
                .with("service", service);
    }
}
