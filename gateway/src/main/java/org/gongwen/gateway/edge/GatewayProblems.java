package org.gongwen.gateway.edge;

import org.gongwen.platform.web.problem.Problem;

/** The refusals only the gateway makes (besides platform-web's common ones): stable types, zh + en. */
public final class GatewayProblems {

    private GatewayProblems() {
    }

    /** 429: the caller used up its request budget for this part of the API; {@code retryAfterSeconds} as header too. */
    public static Problem rateLimited(String routeGroup, long retryAfterSeconds) {
        return Problem.of(429, "rate-limited", "Too many requests",
                        "请求过于频繁，请 " + retryAfterSeconds + " 秒后重试。",
                        "Too many requests; retry in " + retryAfterSeconds + " s.")
                .with("routeGroup", routeGroup)
                .with("retryAfterSeconds", retryAfterSeconds);
    }

    /** 503 while the circuit breaker of a service is open: calls are not even tried for a while. */
    public static Problem circuitOpen(String service) {
        return Problem.of(503, "service-circuit-open", "Service unavailable",
                        "服务 " + service + " 连续出错，暂停转发，请稍后重试。",
                        "Service " + service + " failed repeatedly; calls are paused, retry later.")
                .with("service", service);
    }

    /** 504: the service accepted the request but did not answer in time; it may still have applied it. */
    public static Problem serviceTimeout(String service) {
        return Problem.of(504, "service-timeout", "Gateway timeout",
                        "服务 " + service + " 未在规定时间内响应；请求可能已被处理，请先查询结果再决定是否重试。",
                        "Service " + service + " did not answer in time; the request may have been applied, check before retrying.")
                .with("service", service);
    }
}
