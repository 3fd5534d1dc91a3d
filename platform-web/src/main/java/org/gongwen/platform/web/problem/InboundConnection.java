package org.gongwen.platform.web.problem;

import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.netty.Connection;

/** Whether the caller's own connection is still there to be answered. */
public final class InboundConnection {

    private InboundConnection() {
    }

    /**
     * True only when the request came over a Reactor Netty connection that is no longer active. A "connection
     * closed" error alone does not tell whose connection closed: at the gateway it is as often the service's,
     * and then the caller, still waiting, must get an answer (an empty 200 went out once for exactly that).
     */
    public static boolean closed(ServerWebExchange exchange) {
        Object nativeRequest;
        try {
            nativeRequest = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
        } catch (IllegalStateException noNativeRequest) {
            return false; // an exchange without a server behind it (Spring's mocks): nothing closed
        }
        return nativeRequest instanceof Connection connection && !connection.channel().isActive();
    }
}
