package org.gongwen.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's own limits.
 *
 * @param maxRequestSize largest request body relayed to a service; anything bigger is answered 413 here
 */
@ConfigurationProperties("gongwen.gateway")
public record GatewayProperties(DataSize maxRequestSize) {

    public GatewayProperties {
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(25) : maxRequestSize;
    }
}
