package org.gongwen.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

/** Which URL a request leaves with: the instance's scheme, host and port, the request's path and query unchanged. */
class InstanceBalancingFilterTest {

    private final InstanceBalancingFilter filter = new InstanceBalancingFilter(Map.of("review",
            new BackendInstances("review", List.of(URI.create("http://127.0.0.1:8082"), URI.create("http://127.0.0.1:8092")))));

    @Test
    void keepsOddPathsAndQueriesAsTheyCame() {
        assertThat(relayed("backend://review/api/reviews/organisation/%20?asOf=%E6%B5%8B%E8%AF%95"))
                .isEqualTo("http://127.0.0.1:8082/api/reviews/organisation/%20?asOf=%E6%B5%8B%E8%AF%95");
        assertThat(relayed("backend://review/api/reviews/organisation/x?asOf=测试"))
                .isEqualTo("http://127.0.0.1:8092/api/reviews/organisation/x?asOf=%E6%B5%8B%E8%AF%95");
        assertThat(relayed("backend://review/api/reviews/%7B%22not%22%7D/withdraw"))
                .isEqualTo("http://127.0.0.1:8082/api/reviews/%7B%22not%22%7D/withdraw");
    }

    private String relayed(String routedUrl) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/").build());
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR, URI.create(routedUrl));
        AtomicReference<URI> sent = new AtomicReference<>();
        filter.filter(exchange, next -> {
            sent.set(next.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR));
            return Mono.empty();
        }).block();
        return sent.get().toASCIIString(); // what the HTTP client sends
    }
}
