package org.gongwen.gateway.edge;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.gongwen.platform.web.problem.ProblemWriter;
import org.gongwen.platform.web.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies above the configured size with 413 problem+json. A declared Content-Length is checked
 * before anything else runs (even before the token check, so a huge upload is not read at all); a chunked body
 * is counted while it streams and fails the exchange as soon as it crosses the limit.
 * <p>
 * An answer given before the request body was read to its end (this 413, a 401 or 429, a service's early 404/400
 * whose relaying stopped sending the body) carries {@code Connection: close}, and the server closes the connection
 * after it. Kept alive, the connection would still wait for the rest of that body: a client that gave up sending
 * it and sent its next request there would have that request swallowed as body bytes and never answered.
 */
final class RequestSizeLimitFilter implements WebFilter, Ordered {

    private final long limitBytes;
    private final ProblemWriter problems;

    RequestSizeLimitFilter(long limitBytes, ProblemWriter problems) {
        this.limitBytes = limitBytes;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getHeaders().getContentLength() > limitBytes) {
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
            return problems.write(exchange, Problems.payloadTooLarge(limitBytes));
        }
        AtomicBoolean bodyRead = new AtomicBoolean(!hasBody(request));
        exchange.getResponse().beforeCommit(() -> {
            if (!bodyRead.get()) {
                exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
            }
            return Mono.empty();
        });
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> {
                    AtomicLong seen = new AtomicLong();
                    return super.getBody().<DataBuffer>handle((buffer, sink) -> {
                        if (seen.addAndGet(buffer.readableByteCount()) > limitBytes) {
                            DataBufferUtils.release(buffer);
                            sink.error(new RequestBodyTooLargeException(limitBytes));
                        } else {
                            sink.next(buffer);
                        }
                    }).doOnComplete(() -> bodyRead.set(true));
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private static boolean hasBody(ServerHttpRequest request) {
        return request.getHeaders().getContentLength() > 0 || request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING);
    }
}
