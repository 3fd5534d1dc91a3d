package org.gongwen.platform.web.problem;

import java.util.List;
import java.util.Locale;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link Problem} as {@code application/problem+json}, in the language the client asked for. */
public final class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(HttpStatus.valueOf(problem.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] bytes = json.writeValueAsBytes(
                problem.body(exchange.getRequest().getPath().value(), prefersEnglish(exchange.getRequest().getHeaders())));
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    public byte[] bytes(Problem problem, String instance, HttpHeaders requestHeaders) {
        return json.writeValueAsBytes(problem.body(instance, prefersEnglish(requestHeaders)));
    }

    static boolean prefersEnglish(HttpHeaders headers) {
        List<Locale.LanguageRange> ranges;
        try {
            ranges = headers.getAcceptLanguage();
        } catch (IllegalArgumentException malformedHeader) {
            return false;
        }
        for (Locale.LanguageRange range : ranges) {
            String tag = range.getRange().toLowerCase(Locale.ROOT);
            if (tag.startsWith("zh")) {
                return false;
            }
            if (tag.startsWith("en")) {
                return true;
            }
        }
        return false;
    }
}
