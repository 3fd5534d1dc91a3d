package org.gongwen.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.gongwen.gateway.edge.GatewayProblems;
import org.gongwen.platform.web.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spends one token of the caller's bucket for the route (Spring Cloud Gateway's {@link RedisRateLimiter}, the
 * RequestRateLimiter's Redis token bucket) and answers 429 problem+json with Retry-After when it is empty. The
 * caller is the JWT subject; a request without a token (the page, the API documents) is keyed by client address.
 * When Redis cannot be asked the request passes (fail open): logged and counted as
 * {@code gongwen.gateway.rate.limit.unchecked}, because refusing all traffic for a missing counter store is worse.
 * <p>
 * The limiter's budgets per route live in a plain HashMap: they are all put there once, at start, and requests
 * only read it (writing it per request from many threads threw ConcurrentModificationException). A route not
 * known at start (added at runtime) spends from the {@link #UNLISTED_ROUTES} budget, the default rate.
 */
final class UserRateLimitFilter implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UserRateLimitFilter.class);
    /** RedisRateLimiter's answer when its Redis call failed: allowed, with this remaining count. */
    private static final String UNCHECKED_REMAINING = "-1";
    private static final Duration WARN_EVERY = Duration.ofSeconds(30);
    /** The budget group of routes that did not exist at start; a route id cannot contain a space. */
    static final String UNLISTED_ROUTES = "unlisted routes";
    private static final RateLimiter.Response UNCHECKED =
            new RateLimiter.Response(true, Map.of(RedisRateLimiter.REMAINING_HEADER, UNCHECKED_REMAINING));

    private final RedisRateLimiter limiter;
    private final RateLimitProperties properties;
    private final ProblemWriter problems;
    private final Counter unchecked;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY.toNanos());

    /**
     * @param limiter  null while no Redis is configured: every request passes unchecked, counted
     * @param routeIds the gateway's routes, each given its budget in the limiter now
     */
    UserRateLimitFilter(RedisRateLimiter limiter, RateLimitProperties properties, ProblemWriter problems,
                        MeterRegistry meters, Collection<String> routeIds) {
        this.limiter = limiter;
        this.properties = properties;
        this.problems = problems;
        this.unchecked = Counter.builder("gongwen.gateway.rate.limit.unchecked")
                .description("requests let through because the rate-limit store (Redis) could not be asked")
                .register(meters);
        if (limiter != null) {
            routeIds.forEach(this::registerBudget);
            properties.routes().keySet().forEach(this::registerBudget);
            registerBudget(UNLISTED_ROUTES);
        }
    }

    /** Before the request is relayed anywhere (the token check already ran as a web filter). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return chain.filter(exchange);
        }
        if (limiter == null) { // no Redis configured
            countUnchecked();
            return chain.filter(exchange);
        }
        String group = limiter.getConfig().containsKey(route.getId()) ? route.getId() : UNLISTED_ROUTES;
        RateLimitProperties.Rate rate = properties.rateOf(group);
        return caller(exchange)
                .flatMap(caller -> limiter.isAllowed(group, caller))
                .onErrorResume(error -> Mono.just(UNCHECKED))
                .flatMap(answer -> {
                    if (UNCHECKED_REMAINING.equals(answer.getHeaders().get(RedisRateLimiter.REMAINING_HEADER))) {
                        countUnchecked();
                        return chain.filter(exchange);
                    }
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    answer.getHeaders().forEach(headers::set);
                    if (answer.isAllowed()) {
                        return chain.filter(exchange);
                    }
                    long retryAfter = rate.secondsPerRequest();
                    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
                    return problems.write(exchange, GatewayProblems.rateLimited(group, retryAfter));
                });
    }

    /** Only before requests are served: the limiter's map is not safe to write while it is read. */
    private void registerBudget(String group) {
        RateLimitProperties.Rate rate = properties.rateOf(group);
        limiter.getConfig().put(group, new RedisRateLimiter.Config()
                .setReplenishRate(rate.replenishRate()).setBurstCapacity(rate.burstCapacity())
                .setRequestedTokens(rate.requestedTokens()));
    }

    /** One warning per {@link #WARN_EVERY} while Redis is away, not one per request. */
    private void countUnchecked() {
        unchecked.increment();
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY.toNanos() && lastWarning.compareAndSet(last, now)) {
            log.warn("Rate limits not checked: Redis not configured or could not be asked; requests pass unchecked "
                    + "(gongwen.gateway.rate.limit.unchecked = {})", (long) unchecked.count());
        }
    }

    /** The JWT subject, or the client address for a request without a token. */
    private static Mono<String> caller(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .map(Principal::getName)
                .filter(name -> !name.isBlank())
                .map(subject -> "user:" + subject)
                .switchIfEmpty(Mono.fromSupplier(() -> "address:" + clientAddress(exchange)));
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
