package org.gongwen.gateway.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Many requests sent to a gateway at once (not one after the other, as WebTestClient would). */
public final class ConcurrentRequests {

    private ConcurrentRequests() {
    }

    /**
     * The answer to each of {@code count} GETs sent at once: "200", or the status and problem type
     * ("503 urn:gongwen:problem:service-unavailable"), or "no answer to GET <path>" within {@code within}.
     */
    public static List<String> getAtOnce(int port, String bearer, int count, IntFunction<String> path, Duration within) {
        WebClient client = WebClient.create("http://127.0.0.1:" + port);
        return Flux.range(0, count)
                .flatMap(i -> client.get().uri(path.apply(i))
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .exchangeToMono(response -> response.statusCode().value() == 200
                                ? response.releaseBody().thenReturn("200")
                                : response.bodyToMono(Map.class).map(problem -> response.statusCode().value() + " " + problem.get("type")))
                        .timeout(within)
                        .onErrorResume(TimeoutException.class, timeout -> Mono.just("no answer to GET " + path.apply(i))),
                        count)
                .collectList()
                .block(within.plusSeconds(10));
    }
}
