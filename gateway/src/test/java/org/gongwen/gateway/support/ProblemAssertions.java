package org.gongwen.gateway.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway's refusals, as clients see them: RFC 9457 problem+json with gongwen's stable code. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, int status, String code) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.type").isEqualTo("urn:gongwen:problem:" + code)
                .jsonPath("$.title").exists()
                .jsonPath("$.detail").exists();
    }
}
