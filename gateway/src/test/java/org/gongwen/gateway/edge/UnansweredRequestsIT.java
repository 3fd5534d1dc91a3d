package org.gongwen.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.gongwen.gateway.support.GatewayEnvironment;
import org.gongwen.gateway.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The e2e fuzz test (BadInputIT) saw a few requests of these shapes go unanswered through the gateway while the
 * service answered them at once with 404/400. Here a service that refuses every request at once, without reading
 * its body (as a service does for an unknown id), gets them many times over, one after the other on kept-alive
 * connections and many at once, from the JDK client the e2e tests use, with real Redis rate limits: every one must
 * be answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gongwen.gateway.rate-limit.default-rate.replenish-rate=5000",
        "gongwen.gateway.rate-limit.default-rate.burst-capacity=5000"})
class UnansweredRequestsIT {

    static final TestKeys KEYS = TestKeys.create();
    static final DisposableServer REFUSING = HttpServer.create().host("127.0.0.1").port(0)
            .handle((request, response) -> response.status(request.uri().contains("acting") ? 400 : 404)
                    .header("Content-Type", "application/problem+json")
                    .sendString(Mono.just("{\"type\":\"urn:gongwen:problem:not-found\",\"status\":404}")).then())
            .bindNow();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        GatewayEnvironment.testRedis(registry);
        String url = "http://127.0.0.1:" + REFUSING.port();
        GatewayEnvironment.routes(registry, KEYS, url, url, url);
    }

    @AfterAll
    static void stopBackend() {
        REFUSING.disposeNow();
    }

    /** The shapes BadInputIT reported (seeds differ per run; these are from the reports). */
    private List<HttpRequest> shapes() {
        String base = "http://127.0.0.1:" + port;
        String bearer = KEYS.bearer("admin");
        byte[] json = "{\"actingFor\":123,\"from\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        return List.of(
                HttpRequest.newBuilder(URI.create(base + "/api/drafts/%7B%22not%22%3A%22a%20string%22%7D/withdraw"))
                        .POST(HttpRequest.BodyPublishers.noBody()).header("Authorization", bearer).build(),
                HttpRequest.newBuilder(URI.create(base + "/api/reviews/organisation/acting/abc"))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(json)).header("Content-Type", "application/json")
                        .header("Authorization", bearer).build(),
                HttpRequest.newBuilder(URI.create(base + "/api/reviews/organisation/people/%20/history"))
                        .GET().header("Authorization", bearer).build(),
                HttpRequest.newBuilder(URI.create(base + "/api/reviews/organisation/%20?asOf=%E6%B5%8B%E8%AF%95"))
                        .GET().header("Authorization", bearer).build());
    }

    @Test
    void answersEveryRequestOneAfterTheOtherAndManyAtOnce() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> unanswered = new ArrayList<>();
        for (int round = 0; round < 100; round++) {
            for (HttpRequest shape : shapes()) {
                HttpRequest request = HttpRequest.newBuilder(shape, (name, value) -> true).timeout(Duration.ofSeconds(15)).build();
                try {
                    int status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                    assertThat(status).as(request.uri().toString()).isIn(400, 404);
                } catch (java.io.IOException noAnswer) {
                    unanswered.add(request.method() + " " + request.uri() + ": " + noAnswer);
                }
            }
        }
        List<CompletableFuture<String>> atOnce = new ArrayList<>();
        for (int round = 0; round < 25; round++) {
            for (HttpRequest shape : shapes()) {
                HttpRequest request = HttpRequest.newBuilder(shape, (name, value) -> true).timeout(Duration.ofSeconds(30)).build();
                atOnce.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .handle((response, error) -> error == null ? null
                                : request.method() + " " + request.uri() + ": " + error));
            }
        }
        for (CompletableFuture<String> answer : atOnce) {
            String failure = answer.get();
            if (failure != null) {
                unanswered.add(failure);
            }
        }
        assertThat(unanswered).isEmpty();
    }
}
