package org.gongwen.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.netty.channel.AbortedException;
import tools.jackson.databind.json.JsonMapper;

/** A caller that went away gets no answer and no 500 in the log; anything unknown is still a 500 problem. */
class ProblemExceptionHandlerTest {

    private final ProblemExceptionHandler handler =
            new ProblemExceptionHandler(new ProblemWriter(JsonMapper.builder().build()));

    private MockServerWebExchange handled(Throwable error) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/drafts").build());
        handler.handle(exchange, error).block();
        return exchange;
    }

    @Test
    void aConnectionClosedByTheCallerIsNotAnsweredAndNotAnError() {
        MockServerWebExchange exchange = handled(
                new IllegalStateException("wrapped", new AbortedException("Connection has been closed")));
        assertThat(exchange.getResponse().getStatusCode()).isNull();
        assertThat(exchange.getResponse().getHeaders().getContentType()).isNull();
    }

    @Test
    void anUnknownErrorIsStillA500Problem() {
        MockServerWebExchange exchange = handled(new IllegalStateException("a bug"));
        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(500);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("urn:gongwen:problem:internal-error");
    }
}
