package org.gongwen.gateway.edge;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.handler.timeout.ReadTimeoutException;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.client.PrematureCloseException;

/**
 * What went wrong between the gateway and a service, read from an error's cause chain. The same reading decides
 * what the circuit breaker counts as a service failure and what the client is answered.
 */
public enum BackendFailure {
    /** The circuit breaker of the service is open: the call was not tried. */
    CIRCUIT_OPEN,
    /**
     * A concurrency limit in front of the service refused the call (a Resilience4j bulkhead; switched off in
     * application.yml, but should one come back the client must see 503, not 500): the call was not tried.
     */
    BUSY,
    /** The service took the request but did not answer within the response timeout. */
    TIMEOUT,
    /**
     * No connection (refused, unknown host, connect timeout) or the connection dropped mid-answer: closed early, or
     * reset or broken as Reactor Netty tells it ({@code AbortedException.isConnectionReset}; a service SIGKILLed
     * mid-request showed as {@code NativeIoException: … Connection reset by peer}, an unhandled 500 before). Only
     * errors of the route's call reach here while the caller's own connection is open (GatewayErrorHandler).
     */
    UNREACHABLE,
    /** Not the service's fault (a body over the limit, a cancelled client, a bug here). */
    OTHER;

    public static BackendFailure of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CallNotPermittedException || cause instanceof ServiceUnavailableException) {
                return CIRCUIT_OPEN;
            }
            if (cause instanceof BulkheadFullException) {
                return BUSY;
            }
            // the backend connection's response timeout (RoutingConfiguration), or any other time limit
            if (cause instanceof ReadTimeoutException || cause instanceof TimeoutException
                    || cause instanceof org.springframework.cloud.gateway.support.TimeoutException) {
                return TIMEOUT;
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof PrematureCloseException || cause instanceof AbortedException
                    || AbortedException.isConnectionReset(cause)) {
                return UNREACHABLE;
            }
        }
        return OTHER;
    }

    /** Counted against the service by its circuit breaker. */
    public static boolean isServiceFailure(Throwable error) {
        BackendFailure failure = of(error);
        return failure == TIMEOUT || failure == UNREACHABLE;
    }
}
