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
        if (problem.status() == HttpStatus.UNAUTHORIZED.value()) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, bearerChallenge(exchange.getRequest().getHeaders()));
        }
        byte[] bytes = json.writeValueAsBytes(
                problem.body(exchange.getRequest().getPath().value(), prefersEnglish(exchange.getRequest().getHeaders())));
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    public byte[] bytes(Problem problem, String instance, HttpHeaders requestHeaders) {
        return json.writeValueAsBytes(problem.body(instance, prefersEnglish(requestHeaders)));
    }

    /**
     * RFC 6750 §3: a 401 names the scheme it wants; {@code invalid_token} only when a bearer token was sent (a request
     * without credentials gets no error code). No description: why a token failed is not told to its holder.
     */
    static String bearerChallenge(HttpHeaders requestHeaders) {
        String authorization = requestHeaders.getFirst(HttpHeaders.AUTHORIZATION);
        boolean bearerSent = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        return bearerSent ? "Bearer realm=\"gongwen\", error=\"invalid_token\"" : "Bearer realm=\"gongwen\"";
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
