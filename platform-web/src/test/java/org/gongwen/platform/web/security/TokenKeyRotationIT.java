package org.gongwen.platform.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.gongwen.platform.web.ops.OpsTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 6 (rotatable token keys), during a rotation: the resource server trusts the current key and the previous
 * one, picking the key by the token's {@code kid}; a token whose key is not in the set is refused with 401.
 */
@SpringBootTest(classes = OpsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenKeyRotationIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("gongwen.security.public-key-location", RotationKeys::currentAndPrevious);
    }

    @Test
    void aTokenSignedWithTheCurrentKeyIsAccepted() throws Exception {
        assertThat(RotationKeys.get(port, RotationKeys.token(RotationKeys.CURRENT)).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenSignedWithThePreviousKeyIsAcceptedWhileThatKeyIsListed() throws Exception {
        assertThat(RotationKeys.get(port, RotationKeys.token(RotationKeys.PREVIOUS)).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenWhoseKeyIdIsUnknownIs401ProblemJson() throws Exception {
        HttpResponse<String> refused = RotationKeys.get(port, RotationKeys.token(RsaPem.generate()));
        RemovedTokenKeyIT.assertUnauthenticatedProblem(refused);
    }

    /** The {@code kid} only selects the key: a token naming the current key but signed with another is refused. */
    @Test
    void aTokenNamingTheCurrentKeyIdButSignedWithAnotherKeyIs401() throws Exception {
        String genuine = RotationKeys.token(RotationKeys.CURRENT);
        String forged = RotationKeys.token(RsaPem.generate());
        String[] g = genuine.split("\\.");
        String[] f = forged.split("\\.");
        // the forged token's own header names its own key; graft the genuine header (current kid) onto it
        assertThat(g[0]).isNotEqualTo(f[0]);
        RemovedTokenKeyIT.assertUnauthenticatedProblem(RotationKeys.get(port, g[0] + "." + f[1] + "." + f[2]));
    }
}
