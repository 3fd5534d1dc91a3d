package org.gongwen.gateway.devtoken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.gongwen.gateway.support.StubBackend;
import org.gongwen.platform.web.security.DemoUsers;
import org.gongwen.platform.web.security.JwtKeySet;
import org.gongwen.platform.web.security.RsaPem;
import org.gongwen.platform.web.security.TokenMinter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 6 (rotatable token keys) in the local profile, mid-rotation: GONGWEN_JWT_PUBLIC_KEY lists the new current
 * key file, then the directory of previous public keys. /dev/token signs with the current key, /dev/jwks.json
 * publishes every trusted key by kid, and a token of the previous key is still accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
@ActiveProfiles("local")
@DirtiesContext
class DevTokenKeyRotationIT {

    static final KeyPair CURRENT = RsaPem.generate();
    static final KeyPair PREVIOUS = RsaPem.generate();
    static final Path KEYS = rotatedKeys();
    static final StubBackend DRAFTING = StubBackend.start("drafting");

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void keysAndBackends(DynamicPropertyRegistry registry) {
        registry.add("GONGWEN_JWT_PRIVATE_KEY", () -> KEYS.resolve("current/jwt-private.pem").toString());
        registry.add("GONGWEN_JWT_PUBLIC_KEY",
                () -> KEYS.resolve("current/jwt-public.pem") + "," + KEYS.resolve("previous"));
        registry.add("GONGWEN_DRAFTING_URL", DRAFTING::url);
    }

    @AfterAll
    static void stopBackend() {
        DRAFTING.close();
    }

    @Test
    void theJwkSetPublishesTheCurrentKeyFirstThenThePreviousOne() {
        web.get().uri("/dev/jwks.json").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.keys.length()").isEqualTo(2)
                .jsonPath("$.keys[0].kid").isEqualTo(JwtKeySet.keyId((RSAPublicKey) CURRENT.getPublic()))
                .jsonPath("$.keys[1].kid").isEqualTo(JwtKeySet.keyId((RSAPublicKey) PREVIOUS.getPublic()))
                .jsonPath("$.keys[0].d").doesNotExist();
    }

    @Test
    void aTokenOfThePreviousKeyIsStillAcceptedOnTheRoutes() {
        TokenMinter previous = new TokenMinter((RSAPublicKey) PREVIOUS.getPublic(),
                (RSAPrivateKey) PREVIOUS.getPrivate(), "gongwen-local", "gongwen", Duration.ofMinutes(5),
                Clock.systemUTC(), List.of());
        web.get().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, "Bearer " + previous.mint(DemoUsers.get("lina")))
                .exchange().expectStatus().isOk();
    }

    @Test
    void aTokenOfAnUnlistedKeyIs401() {
        KeyPair unlisted = RsaPem.generate();
        TokenMinter stranger = new TokenMinter((RSAPublicKey) unlisted.getPublic(),
                (RSAPrivateKey) unlisted.getPrivate(), "gongwen-local", "gongwen", Duration.ofMinutes(5),
                Clock.systemUTC(), List.of());
        web.get().uri("/api/drafts").header(HttpHeaders.AUTHORIZATION, "Bearer " + stranger.mint(DemoUsers.get("lina")))
                .exchange().expectStatus().isUnauthorized();
    }

    private static Path rotatedKeys() {
        try {
            Path dir = Files.createTempDirectory("gongwen-dev-token-rotation");
            RsaPem.write(CURRENT, dir.resolve("current"));
            RsaPem.write(PREVIOUS, dir.resolve("previous"));
            Files.delete(dir.resolve("previous/jwt-private.pem"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
