package org.gongwen.gateway.ratelimit;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request budgets per user, as token buckets in Redis: each route group (a route id) has its own bucket per user.
 *
 * @param defaultRate the budget of a route group not named in {@code routes}
 * @param routes      budgets per route id (drafting, review, archive, drafting-api-docs, …)
 */
@ConfigurationProperties("gongwen.gateway.rate-limit") // gongwen.gateway.rate-limit.enabled=false: see RateLimitConfiguration
public record RateLimitProperties(Rate defaultRate, Map<String, Rate> routes) {

    public RateLimitProperties {
        defaultRate = defaultRate == null ? new Rate(20, 40, 1) : defaultRate;
        routes = routes == null ? Map.of() : routes;
    }

    Rate rateOf(String routeId) {
        return routes.getOrDefault(routeId, defaultRate);
    }

    /**
     * @param replenishRate requests per second a user may make in the long run
     * @param replenishRate   tokens per second added to a user's bucket
     * @param burstCapacity   the most tokens a bucket holds (what a user may spend at once after a quiet period)
     * @param requestedTokens tokens one request costs (default 1); above replenishRate for less than one request
     *                        per second, e.g. 1/60/60 = one request a minute
     */
    public record Rate(int replenishRate, int burstCapacity, int requestedTokens) {

        public Rate {
            requestedTokens = requestedTokens == 0 ? 1 : requestedTokens;
            if (replenishRate < 1 || requestedTokens < 1 || burstCapacity < Math.max(replenishRate, requestedTokens)) {
                throw new IllegalArgumentException("a rate needs replenish-rate >= 1, requested-tokens >= 1 and "
                        + "burst-capacity >= both, got " + replenishRate + "/" + burstCapacity + "/" + requestedTokens);
            }
        }

        /** Whole seconds until the bucket holds one request's tokens again, at least 1. */
        long secondsPerRequest() {
            return Math.max(1, (requestedTokens + replenishRate - 1) / replenishRate);
        }
    }
}
