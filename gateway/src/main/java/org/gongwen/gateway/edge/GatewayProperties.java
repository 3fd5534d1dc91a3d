package org.gongwen.gateway.edge;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's own limits.
 *
 * @param maxRequestSize         largest request body relayed to a service; anything bigger is answered 413 here
 * @param backendResponseTimeout longest wait for a service's answer once it took the request: 504 service-timeout
 */
@ConfigurationProperties("gongwen.gateway")
public record GatewayProperties(DataSize maxRequestSize, Duration backendResponseTimeout) {

    public GatewayProperties {
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(25) : maxRequestSize;
        backendResponseTimeout = backendResponseTimeout == null ? Duration.ofSeconds(60) : backendResponseTimeout;
    }
}
