package org.gongwen.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import org.gongwen.platform.web.problem.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Per-user budgets, on unless gongwen.gateway.rate-limit.enabled=false. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gongwen.gateway.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitConfiguration {

    @Bean
    UserRateLimitFilter userRateLimitFilter(RedisRateLimiter redisRateLimiter, RateLimitProperties properties,
                                            ProblemWriter problems, MeterRegistry meters) {
        return new UserRateLimitFilter(redisRateLimiter, properties, problems, meters);
    }
}
