package org.gongwen.platform.web.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * gongwen's operational defaults for the gateway and every service, added as the property source of LOWEST
 * precedence: anything in an application.yml, a profile, a system property or the environment wins. So a service
 * gets health groups, Prometheus, tracing and structured logs without a line of its own configuration, and can
 * still switch any of it off.
 */
public class OperationalDefaults implements EnvironmentPostProcessor {

    public static final String SOURCE_NAME = "gongwenOperationalDefaults";
    /** {@code json} switches the console to structured JSON (ECS) lines; anything else keeps Boot's text lines. */
    public static final String LOG_FORMAT_VARIABLE = "GONGWEN_LOG_FORMAT";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME,
                defaults(environment.getProperty(LOG_FORMAT_VARIABLE))));
    }

    static Map<String, Object> defaults(String logFormat) {
        Map<String, Object> p = new LinkedHashMap<>();
        // /actuator/** beyond health and info needs an ADMIN token (platform-web security), so exposing is safe
        p.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics,deadletters");
        p.put("management.endpoint.health.probes.enabled", "true");
        // liveness: only the application's own state, so a database or broker outage never restarts a pod;
        // readiness: the database and the messaging indicator (relay, consumer lag, outbox backlog) too
        p.put("management.endpoint.health.group.liveness.include", "livenessState");
        p.put("management.endpoint.health.group.readiness.include", "readinessState,db,messaging");
        // the gateway has neither db nor messaging; a group naming an absent contributor must not stop it
        p.put("management.endpoint.health.validate-group-membership", "false");
        p.put("management.endpoint.health.show-details", "when-authorized");
        p.put("management.endpoint.health.roles", "ADMIN");
        p.put("management.endpoint.health.group.readiness.show-details", "when-authorized");
        p.put("management.endpoint.health.group.readiness.roles", "ADMIN");
        p.put("management.metrics.tags.application", "${spring.application.name:gongwen}");
        // histograms so that Prometheus can compute latency quantiles across instances (Grafana dashboard)
        p.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
        // No span exporter ships with gongwen, so a recorded span went nowhere: recording every one cost ≈ 10 % of
        // the gateway's CPU (issue 15 profiles). Unsampled spans still carry the trace id into the logs, the
        // outbox and the consumers; a caller's sampled traceparent is still followed (parent-based). An operator
        // who adds an exporter sets the probability with it.
        p.put("management.tracing.sampling.probability", "0.0");
        // Spring Security observes each of its filters, its authentication and its authorization as spans of
        // their own: a dozen observations per request, ~8 % of the gateway's CPU under load (docs/benchmarks.md).
        // The request's own observation keeps the trace, the metrics and the log line's traceId
        p.put("management.observations.enable.spring.security", "false");
        p.put("management.tracing.propagation.type", "W3C");
        // Not "auto": restoring the thread locals around every Reactor operator cost a quarter to a half of each
        // service's CPU (issue 15 profiles). The blocking use cases, the only readers of the request's span and MDC,
        // restore them themselves (BlockingWork)
        p.put("spring.reactor.context-propagation", "limited");
        // Netty answers a bare 414 beyond its request line; up to 64 KiB UriLengthFilter answers problem+json
        p.put("server.netty.max-initial-line-length", "64KB");
        p.put("springdoc.api-docs.path", "/v3/api-docs");
        p.put("springdoc.show-actuator", "false");
        p.put("springdoc.writer-with-order-by-keys", "true");
        if ("json".equalsIgnoreCase(logFormat == null ? "" : logFormat.trim())) {
            p.put("logging.structured.format.console", "ecs");
        }
        return p;
    }
}
