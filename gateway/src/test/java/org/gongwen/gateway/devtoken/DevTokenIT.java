package org.gongwen.gateway.devtoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.gateway.support.ProblemAssertions.expectProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.gongwen.gateway.support.StubBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The local profile as compose runs it: no key files yet, generate-if-missing on. The gateway creates the pair,
 * issues tokens for demo users and accepts them on the routes it guards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "90s") // the first request warms the gateway up: see GatewayRoutingIT
@ActiveProfiles("local")
// a second gateway context left running in the same JVM made the next class's first proxied request hang
@DirtiesContext
class DevTokenIT {

    static final Path KEY_DIR = emptyDirectory().resolve("keys-not-yet-created");
    static final StubBackend DRAFTING = StubBackend.start("drafting");

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void keysAndBackends(DynamicPropertyRegistry registry) {
        registry.add("GONGWEN_JWT_PRIVATE_KEY", () -> KEY_DIR.resolve("jwt-private.pem").toString());
        registry.add("GONGWEN_JWT_PUBLIC_KEY", () -> KEY_DIR.resolve("jwt-public.pem").toString());
        registry.add("GONGWEN_JWT_GENERATE_IF_MISSING", () -> "true");
        registry.add("GONGWEN_DRAFTING_URL", DRAFTING::url);
    }

    @AfterAll
    static void stopBackend() {
        DRAFTING.close();
    }

    @Test
    void generatedTheKeyPairAtStartup() {
        assertThat(KEY_DIR.resolve("jwt-private.pem")).content().startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(KEY_DIR.resolve("jwt-public.pem")).content().startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void issuesATokenThatTheGatewayAcceptsAndRelays() {
        Map<String, Object> issued = requestToken("{\"username\":\"zhangwei\"}")
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
        assertThat(issued).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600);
        String bearer = "Bearer " + issued.get("access_token");

        web.get().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("drafting").jsonPath("$.authorization").isEqualTo(bearer);
    }

    @Test
    void refusesAnUnknownUserWithAProblemNamingTheField() {
        expectProblem(requestToken("{\"username\":\"mallory\"}"), 400, "unknown-user")
                .jsonPath("$.violations[0].field").isEqualTo("username");
    }

    @Test
    void refusesMalformedJson() {
        expectProblem(requestToken("{\"username\":"), 400, "malformed-request");
    }

    @Test
    void publishesOnlyThePublicKey() {
        web.get().uri("/dev/jwks.json")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.keys[0].kty").isEqualTo("RSA")
                .jsonPath("$.keys[0].kid").exists()
                .jsonPath("$.keys[0].n").exists()
                .jsonPath("$.keys[0].d").doesNotExist();
    }

    private WebTestClient.ResponseSpec requestToken(String json) {
        return web.post().uri("/dev/token").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private static Path emptyDirectory() {
        try {
            return Files.createTempDirectory("gongwen-dev-token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
