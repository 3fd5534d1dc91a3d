package org.gongwen.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.netty.channel.AbortedException;
import tools.jackson.databind.json.JsonMapper;

/** A caller that went away gets no answer and no 500 in the log; anything else is answered with a problem. */
class ProblemExceptionHandlerTest {

    private final ProblemExceptionHandler handler =
            new ProblemExceptionHandler(new ProblemWriter(JsonMapper.builder().build()));

    private MockServerWebExchange handled(Throwable error) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/drafts").build());
        handler.handle(exchange, error).block();
        return exchange;
    }

    @Test
    void aConnectionClosedErrorIsLeftUnansweredOnlyWhenTheCallersConnectionIsGone() {
        Throwable closed = new IllegalStateException("wrapped", new AbortedException("Connection has been closed"));
        assertThat(ProblemExceptionHandler.callerGone(closed, true)).isTrue();
        // at the gateway the closed connection may be the service's while the caller still waits: answer it
        assertThat(ProblemExceptionHandler.callerGone(closed, false)).isFalse();
        assertThat(ProblemExceptionHandler.callerGone(new IllegalStateException("a bug"), true)).isFalse();
    }

    @Test
    void aConnectionClosedErrorOnAnOpenConnectionIsAnsweredNeverAnEmpty200() {
        MockServerWebExchange exchange = handled(
                new IllegalStateException("wrapped", new AbortedException("Connection has been closed")));
        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(500);
        assertThat(exchange.getResponse().getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void theDatabaseGoneIsA503TheCallerMayRetryNotA500() {
        // as the services met PostgreSQL's crash in the chaos run: the connection's I/O failed (SQLSTATE 08006)
        MockServerWebExchange exchange = handled(new IllegalStateException("PreparedStatementCallback",
                new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(503);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("urn:gongwen:problem:service-unavailable");
        // the server shutting down (57P01), and a transient SQL failure, likewise
        assertThat(handled(new java.sql.SQLException("terminating connection", "57P01")).getResponse()
                .getStatusCode().value()).isEqualTo(503);
        assertThat(handled(new java.sql.SQLTransientConnectionException("pool timeout")).getResponse()
                .getStatusCode().value()).isEqualTo(503);
        // a constraint violation (23505) is not an outage
        assertThat(handled(new java.sql.SQLException("duplicate key", "23505")).getResponse().getStatusCode().value())
                .isEqualTo(500);
    }

    @Test
    void anUnknownErrorIsStillA500Problem() {
        MockServerWebExchange exchange = handled(new IllegalStateException("a bug"));
        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(500);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("urn:gongwen:problem:internal-error");
    }
}
