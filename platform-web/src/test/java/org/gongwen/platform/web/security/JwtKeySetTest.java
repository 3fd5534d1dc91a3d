package org.gongwen.platform.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

import org.junit.jupiter.api.Test;

class JwtKeySetTest {

    private static String idOf(java.security.KeyPair pair) {
        return JwtKeySet.keyId((RSAPublicKey) pair.getPublic());
    }

    @Test
    void aListOfAFileAndADirectoryHoldsTheCurrentKeyFirstThenThePreviousOnes() {
        JwtKeySet keys = JwtKeySet.load(RotationKeys.currentAndPrevious());
        assertThat(keys.keyIds()).containsExactly(idOf(RotationKeys.CURRENT), idOf(RotationKeys.PREVIOUS));
        assertThat(JwtKeySet.currentKeyLocation(RotationKeys.currentAndPrevious())).isEqualTo(RotationKeys.currentOnly());
    }

    @Test
    void aDirectoryIgnoresPrivateKeysBesideThePublicOnes() {
        // current/ holds jwt-private.pem too: it must neither be read as a trusted key nor break loading
        assertThat(JwtKeySet.load(RotationKeys.DIRECTORY.resolve("current").toString()).keyIds())
                .containsExactly(idOf(RotationKeys.CURRENT));
    }

    @Test
    void theMinterSignsWithItsKeyAndPublishesThePreviousOnesBesideIt() {
        TokenMinter minter = new TokenMinter((RSAPublicKey) RotationKeys.CURRENT.getPublic(),
                (java.security.interfaces.RSAPrivateKey) RotationKeys.CURRENT.getPrivate(), "i", "a",
                java.time.Duration.ofMinutes(1), java.time.Clock.systemUTC(),
                List.of((RSAPublicKey) RotationKeys.PREVIOUS.getPublic()));
        assertThat(minter.keyId()).isEqualTo(idOf(RotationKeys.CURRENT));
        assertThat(minter.jwkSet().toString()).contains(idOf(RotationKeys.CURRENT)).contains(idOf(RotationKeys.PREVIOUS))
                .doesNotContain("\"d\"");
    }

    @Test
    void aJwkSetFileIsReadAsItsKeys() throws Exception {
        Path jwks = Files.createTempFile("jwks", ".json");
        Files.writeString(jwks, tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(
                JwtKeySet.load(RotationKeys.currentAndPrevious()).toJwkSet()));
        assertThat(JwtKeySet.load(jwks.toString()).keyIds())
                .containsExactly(idOf(RotationKeys.CURRENT), idOf(RotationKeys.PREVIOUS));
    }

    @Test
    void noKeyAtAllIsAConfigurationError() throws Exception {
        Path empty = Files.createTempDirectory("no-keys");
        assertThatThrownBy(() -> JwtKeySet.load(empty.toString())).isInstanceOf(IllegalStateException.class);
    }
}
