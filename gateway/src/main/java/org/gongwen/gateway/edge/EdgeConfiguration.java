package org.gongwen.gateway.edge;

import org.gongwen.platform.web.problem.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The gateway's own request limit, browser security headers and error translation, on top of platform-web's problem handling. */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

    @Bean
    RequestSizeLimitFilter requestSizeLimitFilter(GatewayProperties properties, ProblemWriter problems) {
        return new RequestSizeLimitFilter(properties.maxRequestSize().toBytes(), problems);
    }

    @Bean
    SecurityHeadersFilter securityHeadersFilter() {
        return new SecurityHeadersFilter();
    }

    /** Ahead of platform-web's ProblemExceptionHandler (order -2), which would call these 500 or 413 without a limit. */
    @Bean
    @Order(-3)
    GatewayErrorHandler gatewayErrorHandler(ProblemWriter problems) {
        return new GatewayErrorHandler(problems);
    }
}
