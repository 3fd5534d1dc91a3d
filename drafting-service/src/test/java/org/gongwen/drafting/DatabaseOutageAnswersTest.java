package org.gongwen.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongwen.platform.web.problem.ProblemExceptionHandler;
import org.gongwen.platform.web.problem.ProblemWriter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.transaction.TransactionSystemException;
import tools.jackson.databind.json.JsonMapper;

/**
 * platform-web recognises Spring's data-access exceptions by name (it has no spring-tx itself); here, where they
 * exist, the real ones the chaos run's PostgreSQL crash raised must come out as 503, not 500.
 */
class DatabaseOutageAnswersTest {

    private final ProblemExceptionHandler handler =
            new ProblemExceptionHandler(new ProblemWriter(JsonMapper.builder().build()));

    private int statusFor(Throwable error) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/drafts").build());
        handler.handle(exchange, error).block();
        return exchange.getResponse().getStatusCode().value();
    }

    @Test
    void springsTranslationsOfALostDatabaseAreServiceUnavailable() {
        assertThat(statusFor(new TransactionSystemException("JDBC rollback failed"))).isEqualTo(503);
        assertThat(statusFor(new DataAccessResourceFailureException("An I/O error occurred"))).isEqualTo(503);
        assertThat(statusFor(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))).isEqualTo(503);
        assertThat(statusFor(new IllegalStateException("a bug"))).isEqualTo(500);
    }
}
