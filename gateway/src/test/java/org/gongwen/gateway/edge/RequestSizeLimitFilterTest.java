package org.gongwen.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.gongwen.platform.web.problem.ProblemWriter;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

class RequestSizeLimitFilterTest {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(10, new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void answers413WithoutRunningTheChainWhenContentLengthIsOverTheLimit() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.post("/api/drafts").contentLength(11).body("01234567890"));
        AtomicBoolean chainRan = new AtomicBoolean();

        filter.filter(exchange, e -> { chainRan.set(true); return Mono.empty(); }).block();

        assertThat(chainRan).isFalse();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void failsAStreamedBodyAtTheChunkThatCrossesTheLimit() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.post("/api/drafts").body(chunks("123456", "7890", "X")));

        StepVerifier.create(filter.filter(exchange, readWholeBody()))
                .expectError(RequestBodyTooLargeException.class)
                .verify();
    }

    @Test
    void letsABodyExactlyAtTheLimitThrough() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.post("/api/drafts").body(chunks("123456", "7890")));

        StepVerifier.create(filter.filter(exchange, readWholeBody())).verifyComplete();
    }

    private static WebFilterChain readWholeBody() {
        return exchange -> DataBufferUtils.join(exchange.getRequest().getBody()).doOnNext(DataBufferUtils::release).then();
    }

    private static Flux<DataBuffer> chunks(String... parts) {
        return Flux.fromArray(parts).map(part -> DefaultDataBufferFactory.sharedInstance.wrap(part.getBytes()));
    }
}
