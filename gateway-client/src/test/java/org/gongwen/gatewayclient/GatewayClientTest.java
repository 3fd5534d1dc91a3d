package org.gongwen.gatewayclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a tiny in-JVM HTTP server (no suite): tokens, observer, 401 renewal, no answer. */
class GatewayClientTest {

    private HttpServer server;
    private String base;
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final List<String> bearers = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/dev/token", exchange -> answer(exchange, 200,
                "{\"access_token\":\"t" + tokensIssued.incrementAndGet() + "\"}"));
        server.createContext("/api/echo", exchange -> {
            String bearer = exchange.getRequestHeaders().getFirst("Authorization");
            bearers.add(bearer);
            answer(exchange, "Bearer t1".equals(bearer) && exchange.getRequestURI().getQuery() != null ? 401 : 200,
                    "{\"id\":\"d-1\",\"status\":\"DRAFT\"}");
        });
        server.createContext("/api/drafts", exchange -> answer(exchange, 400, "not json"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    record Observed(String name, int status) {
    }

    @Test
    void aDevTokenIsFetchedOnceAndEveryCallIsObservedUnderItsName() {
        List<Observed> observed = new CopyOnWriteArrayList<>();
        GatewayClient client = GatewayClient.to(base).observer((name, status, nanos) -> {
            assertThat(nanos).isPositive();
            observed.add(new Observed(name, status));
        }).build();

        GatewayClient.Response first = client.call("GET /api/echo/{id}", "GET", "/api/echo/1", "zhangwei", null);
        GatewayClient.Response second = client.get("zhangwei", "/api/echo/2");

        assertThat(first.is(200)).isTrue();
        assertThat(first.text("id")).isEqualTo("d-1");
        assertThat(first.text("missing")).isNull();
        assertThat(second.contentType()).isEqualTo("application/json");
        assertThat(tokensIssued).hasValue(1);
        assertThat(bearers).containsExactly("Bearer t1", "Bearer t1");
        assertThat(observed).containsExactly(new Observed("GET /api/echo/{id}", 200), new Observed("GET /api/echo/2", 200));
    }

    @Test
    void anExpiredTokenIsRenewedOnceWhenAskedAndTheCallObservedOnce() {
        List<Observed> observed = new CopyOnWriteArrayList<>();
        GatewayClient renewing = GatewayClient.to(base).renewTokenOn401()
                .observer((name, status, nanos) -> observed.add(new Observed(name, status))).build();
        assertThat(renewing.get("lina", "/api/echo?expired").status()).isEqualTo(200);
        assertThat(bearers).containsExactly("Bearer t1", "Bearer t2");
        assertThat(observed).containsExactly(new Observed("GET /api/echo?expired", 200));

        GatewayClient plain = new GatewayClient(base);
        plain.useToken("lina", "t1");
        assertThat(plain.get("lina", "/api/echo?expired").status()).isEqualTo(401);
    }

    @Test
    void tokensFromTheGivenSourceInsteadOfDevToken() {
        GatewayClient client = GatewayClient.to(base).tokens(user -> "minted-" + user).build();
        client.get("sunli", "/api/echo/1");
        assertThat(bearers).containsExactly("Bearer minted-sunli");
        assertThat(tokensIssued).hasValue(0);
    }

    @Test
    void noAnswerThrowsByDefaultOrIsStatusMinusOne() throws IOException {
        String closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = "http://127.0.0.1:" + socket.getLocalPort();
        }
        List<Observed> observed = new CopyOnWriteArrayList<>();
        GatewayClient tolerant = GatewayClient.to(closed).tokens(user -> "x").noAnswerAsStatus()
                .connectTimeout(Duration.ofSeconds(1))
                .observer((name, status, nanos) -> observed.add(new Observed(name, status))).build();
        GatewayClient.Response none = tolerant.post("zhangwei", "/api/drafts", java.util.Map.of("a", 1));
        assertThat(none.status()).isEqualTo(GatewayClient.NO_ANSWER);
        assertThat(none.body().isNull()).isTrue();
        assertThat(none.header("Location")).isNull();
        assertThat(observed).containsExactly(new Observed("POST /api/drafts", -1));

        GatewayClient strict = GatewayClient.to(closed).tokens(user -> "x").build();
        assertThatThrownBy(() -> strict.get("zhangwei", "/api/drafts")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET " + closed + "/api/drafts failed");
    }

    @Test
    void aFailFastLifecycleFailsAtTheFirstRefusedStepWithItsAnswer() {
        GatewayClient client = GatewayClient.to(base).noAnswerAsStatus().build();
        DocumentLifecycle lifecycle = new DocumentLifecycle(client,
                DocumentLifecycle.Options.failFast(Duration.ofMillis(10), Duration.ofSeconds(1), ThinkTime.NONE));
        assertThatThrownBy(() -> lifecycle.run("zhangwei", "关于测试的请示"))
                .isInstanceOf(DocumentLifecycle.LifecycleFailed.class)
                .hasMessage("create 关于测试的请示: HTTP 400 \"not json\"");
    }
}
