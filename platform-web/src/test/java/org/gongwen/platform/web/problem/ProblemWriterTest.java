package org.gongwen.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import tools.jackson.databind.json.JsonMapper;

/** RFC 6750 §3 challenges on every 401, and none on other problems. */
class ProblemWriterTest {

    private final ProblemWriter writer = new ProblemWriter(JsonMapper.builder().build());

    private String challengeFor(MockServerHttpRequest request, Problem problem) {
        MockServerWebExchange exchange = MockServerWebExchange.from(request);
        writer.write(exchange, problem).block();
        return exchange.getResponse().getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);
    }

    @Test
    void aRequestWithoutCredentialsIsToldTheSchemeWithoutAnErrorCode() {
        assertThat(challengeFor(MockServerHttpRequest.get("/api/drafts").build(), Problems.unauthenticated()))
                .isEqualTo("Bearer realm=\"gongwen\"");
    }

    @Test
    void aRejectedBearerTokenIsAnInvalidTokenWithoutSayingWhy() {
        assertThat(challengeFor(MockServerHttpRequest.get("/api/drafts").header(HttpHeaders.AUTHORIZATION,
                "bearer eyJhbGciOiJub25lIn0.e30.").build(), Problems.unauthenticated()))
                .isEqualTo("Bearer realm=\"gongwen\", error=\"invalid_token\"");
    }

    @Test
    void otherProblemsCarryNoChallenge() {
        assertThat(challengeFor(MockServerHttpRequest.get("/api/drafts").header(HttpHeaders.AUTHORIZATION,
                "Bearer x").build(), Problems.forbidden("无权执行此操作。", "You are not allowed to do this."))).isNull();
    }
}
