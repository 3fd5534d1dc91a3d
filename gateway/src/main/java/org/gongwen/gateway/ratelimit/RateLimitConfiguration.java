package org.gongwen.gateway.ratelimit;

import java.util.List;
import java.util.Objects;

import io.micrometer.core.instrument.MeterRegistry;
import org.gongwen.platform.web.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Per-user budgets, on unless gongwen.gateway.rate-limit.enabled=false; unchecked while no Redis is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gongwen.gateway.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    UserRateLimitFilter userRateLimitFilter(RedisRateLimiter redisRateLimiter, RateLimitProperties properties,
                                            ProblemWriter problems, MeterRegistry meters, GatewayProperties gateway,
                                            @Value("${GONGWEN_REDIS_HOST:}") String redisHost) {
        boolean redisConfigured = !redisHost.isBlank();
        if (!redisConfigured) {
            log.warn("No Redis configured (GONGWEN_REDIS_HOST): rate limits are not checked, requests pass unchecked");
        }
        List<String> routeIds = gateway.getRoutes().stream().map(RouteDefinition::getId)
                .filter(Objects::nonNull).toList();
        return new UserRateLimitFilter(redisConfigured ? redisRateLimiter : null, properties, problems, meters, routeIds);
    }
}
