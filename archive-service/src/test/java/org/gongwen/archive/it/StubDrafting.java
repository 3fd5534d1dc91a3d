package org.gongwen.archive.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for drafting-service's {@code GET /internal/attachments/{sha256}} and the token issuer's
 * {@code POST /dev/token}, on one random port for the whole test JVM (the Spring context is shared).
 */
final class StubDrafting {

    static final String TOKEN = "stub-service-token";
    static final StubDrafting INSTANCE = start();

    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    final AtomicBoolean draftingDown = new AtomicBoolean();
    final AtomicInteger tokenRequests = new AtomicInteger();
    final List<String> tokenBodies = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;

    private static StubDrafting start() {
        StubDrafting stub = new StubDrafting();
        try {
            stub.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stub.server.createContext("/dev/token", stub::token);
        stub.server.createContext("/internal/attachments/", stub::attachment);
        stub.server.start();
        return stub;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        tokenBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        answer(exchange, 200, "application/json", ("{\"access_token\":\"" + TOKEN
                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}").getBytes(StandardCharsets.UTF_8));
    }

    private void attachment(HttpExchange exchange) throws IOException {
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        if (draftingDown.get()) {
            answer(exchange, 503, "application/problem+json", "{\"status\":503}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "application/problem+json", "{\"status\":401}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = exchange.getRequestURI().getPath();
        byte[] data = files.get(path.substring(path.lastIndexOf('/') + 1));
        if (data == null) {
            answer(exchange, 404, "application/problem+json", "{\"status\":404}".getBytes(StandardCharsets.UTF_8));
        } else {
            answer(exchange, 200, "application/pdf", data);
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
