package org.gongwen.gateway.edge;

import org.gongwen.platform.web.problem.InboundConnection;
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

/**
 * The errors only a gateway has, i.e. the fallbacks of its routes: a service that cannot be reached (connection
 * refused, unknown host, connect timeout, connection dropped mid-answer) or a full bulkhead becomes 503
 * service-unavailable, an open circuit breaker 503 service-circuit-open, no answer within the response timeout 504 service-timeout, each
 * naming the service; a streamed body over the limit becomes 413 with the limit. Runs just before platform-web's
 * handler, which answers everything else.
 */
final class GatewayErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemWriter problems;

    GatewayErrorHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (InboundConnection.closed(exchange)) {
            return Mono.error(error); // the caller is gone: platform-web's handler notes it, nothing is written
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return problems.write(exchange, Problems.payloadTooLarge(tooLarge.limitBytes()));
            }
        }
        String service = service(exchange);
        return switch (BackendFailure.of(error)) {
            case CIRCUIT_OPEN -> {
                log.warn("Service {} circuit open: {} {} not relayed", service, exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath());
                yield problems.write(exchange, GatewayProblems.circuitOpen(service));
            }
            case TIMEOUT -> {
                log.warn("Service {} did not answer {} {} in time", service, exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath());
                yield problems.write(exchange, GatewayProblems.serviceTimeout(service));
            }
            case BUSY, UNREACHABLE -> problems.write(exchange, backendUnavailable(exchange, service, error));
            case OTHER -> Mono.error(error);
        };
    }

    /** The service a route leads to (backend://review for both review and review-api-docs), else the route id. */
    private static String service(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return "backend";
        }
        return route.getUri().getHost() != null ? route.getUri().getHost() : route.getId();
    }

    private static Problem backendUnavailable(ServerWebExchange exchange, String service, Throwable cause) {
        log.warn("Service {} unavailable for {} {}: {}", service, exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), cause.toString());
        return Problems.serviceUnavailable("服务 " + service + " 暂时不可用，请稍后重试。",
                        "Service " + service + " is temporarily unavailable; retry later.")
                .with("service", service);
    }
}
