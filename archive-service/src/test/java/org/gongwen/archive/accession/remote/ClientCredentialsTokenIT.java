package org.gongwen.archive.accession.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.gongwen.archive.accession.application.AttachmentSource.Unavailable;
import org.gongwen.archive.accession.application.AttachmentSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * archive-service's attachment fetching against a real HTTP token endpoint and a real drafting endpoint (one
 * in-process server): the client credentials request as RFC 6749 §4.4 and §2.3.1 want it, the token reused across
 * fetches, renewed when drafting refuses it, and a refusing token endpoint as a retryable failure that does not
 * reveal the secret.
 */
class ClientCredentialsTokenIT {

    private static final String TOKEN_PATH = "/realms/gongwen/protocol/openid-connect/token";
    private static final String SHA = "a".repeat(64);
    /** ':' and '&' must be form-encoded before Base64 (§2.3.1), or a server splits the pair at the wrong colon. */
    private static final String SECRET = "s3cret:with&odd/chars";

    private final List<Recorded> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<String> draftingAuthorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    /** The one token drafting accepts; null: drafting accepts the last one issued. */
    private final AtomicReference<String> accepted = new AtomicReference<>();
    private final AtomicReference<String> tokenRefusal = new AtomicReference<>();
    private HttpServer server;
    private URI base;

    record Recorded(String method, String contentType, String authorization, String body) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(TOKEN_PATH, this::token);
        server.createContext("/dev/token", this::token);
        server.createContext("/internal/attachments/", this::attachment);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void the_client_authenticates_with_basic_and_the_token_is_reused_across_fetches() {
        AttachmentSource source = source(ServiceTokens.CLIENT_CREDENTIALS, SECRET);

        assertThat(source.fetch(SHA)).hasValueSatisfying(f -> assertThat(f.data()).asString().isEqualTo("file " + SHA));
        assertThat(source.fetch(SHA)).isPresent();

        assertThat(tokenRequests).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.contentType()).startsWith("application/x-www-form-urlencoded");
            assertThat(r.body()).isEqualTo("grant_type=client_credentials");
            assertThat(r.authorization()).startsWith("Basic ");
            assertThat(new String(Base64.getDecoder().decode(r.authorization().substring(6)), StandardCharsets.UTF_8))
                    .isEqualTo("archive-service:s3cret%3Awith%26odd%2Fchars");
        });
        assertThat(draftingAuthorizations).containsExactly("Bearer token-1", "Bearer token-1");
    }

    @Test
    void a_token_drafting_refuses_is_replaced_and_the_fetch_tried_once_more() {
        AttachmentSource source = source(ServiceTokens.CLIENT_CREDENTIALS, SECRET);
        assertThat(source.fetch(SHA)).isPresent();

        accepted.set("token-2"); // token-1 revoked, as after a key rotation at the identity provider
        assertThat(source.fetch(SHA)).isPresent();

        assertThat(tokenRequests).hasSize(2);
        assertThat(draftingAuthorizations).containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-2");
    }

    @Test
    void a_token_refused_twice_is_unavailable_and_the_next_fetch_asks_for_a_new_one() {
        AttachmentSource source = source(ServiceTokens.CLIENT_CREDENTIALS, SECRET);
        accepted.set("no token at all");

        assertThatThrownBy(() -> source.fetch(SHA)).isInstanceOf(Unavailable.class).hasMessageContaining("401");
        accepted.set(null);
        assertThat(source.fetch(SHA)).isPresent();
        assertThat(tokenRequests).hasSize(3);
    }

    @Test
    void a_refusing_token_endpoint_is_retryable_and_the_message_keeps_the_secret_out() {
        tokenRefusal.set("{\"error\":\"invalid_client\",\"error_description\":\"Invalid client credentials\"}");
        AttachmentSource source = source(ServiceTokens.CLIENT_CREDENTIALS, SECRET);

        assertThatThrownBy(() -> source.fetch(SHA)).isInstanceOf(Unavailable.class)
                .hasMessageContaining("401").hasMessageContaining("invalid_client")
                .hasMessageContaining("archive-service").hasMessageNotContaining("s3cret");
        assertThat(draftingAuthorizations).as("drafting is not called without a token").isEmpty();

        tokenRefusal.set(null); // the secret was corrected at the identity provider: the retry succeeds
        assertThat(source.fetch(SHA)).isPresent();
    }

    @Test
    void the_dev_grant_posts_the_principal_to_the_gateways_issuer_as_before() {
        AttachmentSource source = new HttpAttachmentSource(base, ServiceTokens.of("dev", base.resolve("/dev/token"),
                "archive-service", null, null, Duration.ofSeconds(5), JsonMapper.builder().build(),
                Clock.systemUTC()), Duration.ofSeconds(5));

        assertThat(source.fetch(SHA)).isPresent();
        assertThat(tokenRequests).singleElement().satisfies(r -> {
            assertThat(r.contentType()).isEqualTo("application/json");
            assertThat(r.body()).isEqualTo("{\"username\":\"archive-service\"}");
            assertThat(r.authorization()).isNull();
        });
    }

    @Test
    void client_credentials_without_a_secret_or_an_unknown_grant_stop_the_start() {
        assertThatThrownBy(() -> source(ServiceTokens.CLIENT_CREDENTIALS, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GONGWEN_TOKEN_CLIENT_SECRET");
        assertThatThrownBy(() -> source("password", SECRET)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown token grant");
    }

    private AttachmentSource source(String grant, String secret) {
        return new HttpAttachmentSource(base, ServiceTokens.of(grant, base.resolve(TOKEN_PATH), "archive-service",
                "archive-service", secret, Duration.ofSeconds(5), JsonMapper.builder().build(), Clock.systemUTC()),
                Duration.ofSeconds(5));
    }

    private void token(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        tokenRequests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        String refusal = tokenRefusal.get();
        if (refusal != null) {
            respond(exchange, 401, "application/json", refusal);
            return;
        }
        respond(exchange, 200, "application/json", "{\"access_token\":\"token-" + issued.incrementAndGet()
                + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
    }

    private void attachment(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        draftingAuthorizations.add(authorization);
        String expected = accepted.get() != null ? accepted.get() : "token-" + issued.get();
        if (!("Bearer " + expected).equals(authorization)) {
            respond(exchange, 401, "application/problem+json", "{\"status\":401}");
            return;
        }
        String sha = exchange.getRequestURI().getPath().substring("/internal/attachments/".length());
        respond(exchange, 200, "text/plain", "file " + sha);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
