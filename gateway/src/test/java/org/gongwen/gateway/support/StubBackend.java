package org.gongwen.gateway.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for one service, listening on a random loopback port: it reads the whole request body and answers
 * 200 with JSON describing what reached it (service, method, path, query, Authorization, body size), so a test
 * can see exactly what the gateway relayed.
 */
public final class StubBackend implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AtomicInteger requests = new AtomicInteger();
    private final DisposableServer server;

    private StubBackend(String service, Duration answerAfter) {
        this.server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle((request, response) -> countedRequest(request.receive().aggregate().asByteArray())
                        .defaultIfEmpty(new byte[0])
                        .delayElement(answerAfter)
                        .flatMap(body -> {
                            Map<String, Object> echo = new LinkedHashMap<>();
                            echo.put("service", service);
                            echo.put("method", request.method().name());
                            echo.put("path", request.fullPath());
                            echo.put("uri", request.uri());
                            echo.put("authorization", request.requestHeaders().get("Authorization"));
                            echo.put("bodyBytes", body.length);
                            return response.header("Content-Type", "application/json")
                                    .sendByteArray(Mono.just(JSON.writeValueAsBytes(echo))).then();
                        }))
                .bindNow();
    }

    private <T> Mono<T> countedRequest(Mono<T> body) {
        requests.incrementAndGet();
        return body;
    }

    public static StubBackend start(String service) {
        return new StubBackend(service, Duration.ZERO);
    }

    /** A slow service: each answer only after {@code answerAfter}, so that many requests are in flight at once. */
    public static StubBackend startSlow(String service, Duration answerAfter) {
        return new StubBackend(service, answerAfter);
    }

    /** How many requests reached this stub. */
    public int requests() {
        return requests.get();
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
