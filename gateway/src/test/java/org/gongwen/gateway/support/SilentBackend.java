package org.gongwen.gateway.support;

import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** A service that accepts every request and never answers: what a hung service looks like to the gateway. */
public final class SilentBackend implements AutoCloseable {

    private final AtomicInteger requests = new AtomicInteger();
    private final DisposableServer server;

    public SilentBackend() {
        this.server = HttpServer.create().host("127.0.0.1").port(0)
                .handle((request, response) -> {
                    requests.incrementAndGet();
                    return request.receive().then(Mono.never());
                })
                .bindNow();
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** How many requests reached it (each exactly once: the gateway must not retry a request it sent). */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
