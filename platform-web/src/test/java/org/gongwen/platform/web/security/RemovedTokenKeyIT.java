package org.gongwen.platform.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.gongwen.platform.web.ops.OpsTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Issue 6, after the rotation: the previous key was removed from the set, so its tokens are refused (401). */
@SpringBootTest(classes = OpsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemovedTokenKeyIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("gongwen.security.public-key-location", RotationKeys::currentOnly);
    }

    @Test
    void aTokenSignedWithARemovedKeyIs401ProblemJson() throws Exception {
        assertThat(RotationKeys.get(port, RotationKeys.token(RotationKeys.CURRENT)).statusCode()).isEqualTo(200);
        assertUnauthenticatedProblem(RotationKeys.get(port, RotationKeys.token(RotationKeys.PREVIOUS)));
    }

    static void assertUnauthenticatedProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("urn:gongwen:problem:");
    }
}
