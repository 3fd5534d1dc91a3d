package org.gongwen.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.gongwen.gateway.edge.BackendFailure;
import org.gongwen.gateway.edge.GatewayProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Static instance lists per service, taken in turn with failover on refused connections, and a circuit breaker
 * per service around them. The breakers have no time limit of their own (the HTTP client's response timeout is
 * the one timeout), and nothing is retried once a connection was made: a POST may have been applied.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    InstanceBalancingFilter instanceBalancingFilter(ServiceInstancesProperties properties) {
        return new InstanceBalancingFilter(properties.backends());
    }

    /**
     * The response timeout as a timer on the backend connection's own event loop. Spring Cloud Gateway's
     * {@code response-timeout} wraps every call in {@code Flux.timeout}, which arms and cancels a task on Reactor's
     * parallel scheduler per request: two wake-ups of another thread on each call, measured as a fifth of the
     * gateway's context switches (docs/benchmarks.md, seventh round). Expiry surfaces as Netty's
     * {@code ReadTimeoutException}, which {@link BackendFailure} reads as a timeout (504).
     */
    @Bean
    HttpClientCustomizer backendResponseTimeout(GatewayProperties properties) {
        return client -> client.responseTimeout(properties.backendResponseTimeout());
    }

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCircuitBreakers(CircuitBreakerProperties properties) {
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(properties.slidingWindowCalls())
                .minimumNumberOfCalls(properties.minimumCalls())
                .failureRateThreshold(properties.failureRatePercent())
                .waitDurationInOpenState(properties.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(properties.callsWhenHalfOpen())
                .recordException(BackendFailure::isServiceFailure)
                .build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id).circuitBreakerConfig(config).build());
    }
}
