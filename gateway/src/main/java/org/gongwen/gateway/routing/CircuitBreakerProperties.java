package org.gongwen.gateway.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * One circuit breaker per service (route filter {@code CircuitBreaker} named after the service): it opens when
 * {@code failureRatePercent} of the last {@code slidingWindowCalls} calls (at least {@code minimumCalls}) failed
 * (no connection, dropped connection, response timeout; never a 4xx/5xx answer), answers 503 without trying for
 * {@code waitInOpenState}, then lets {@code callsWhenHalfOpen} calls probe the service.
 */
@ConfigurationProperties("gongwen.gateway.circuit-breaker")
public record CircuitBreakerProperties(int slidingWindowCalls, int minimumCalls, float failureRatePercent,
                                       Duration waitInOpenState, int callsWhenHalfOpen) {

    public CircuitBreakerProperties {
        slidingWindowCalls = slidingWindowCalls == 0 ? 20 : slidingWindowCalls;
        minimumCalls = minimumCalls == 0 ? 10 : minimumCalls;
        failureRatePercent = failureRatePercent == 0 ? 50 : failureRatePercent;
        waitInOpenState = waitInOpenState == null ? Duration.ofSeconds(10) : waitInOpenState;
        callsWhenHalfOpen = callsWhenHalfOpen == 0 ? 3 : callsWhenHalfOpen;
    }
}
