package org.gongwen.gateway.ratelimit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Per-user budgets, on unless gongwen.gateway.rate-limit.enabled=false; unchecked while no Redis is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gongwen.gateway.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);
    /** The token-bucket script Spring Cloud Gateway ships (GatewayRedisAutoConfiguration reads the same). */
    static final String LIMITER_SCRIPT = "META-INF/scripts/request_rate_limiter.lua";

    /**
     * Spring Cloud Gateway's own limiter reads its Lua script through a ResourceScriptSource, which asks the jar
     * entry for its last-modified time on every request to decide whether to hash the script again: a
     * FileNotFoundException per request, 10 % of the gateway's CPU under load (docs/benchmarks.md). The script is
     * read once here; the limiter, its Redis keys and its answers are the same.
     */
    @Bean
    RedisRateLimiter redisRateLimiter(ReactiveStringRedisTemplate redis, ConfigurationService configuration)
            throws IOException {
        String script = new ClassPathResource(LIMITER_SCRIPT).getContentAsString(StandardCharsets.UTF_8);
        @SuppressWarnings({"unchecked", "rawtypes"})
        RedisScript<List<Long>> once = (RedisScript) RedisScript.of(script, List.class);
        return new RedisRateLimiter(redis, once, configuration);
    }

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
