package org.gongwen.platform.web.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A minimal gongwen-style WebFlux application: what platform-web gives every service, and nothing else. */
@SpringBootApplication
public class OpsTestApplication {

    @RestController
    static class ThingsController {

        private final Tracer tracer;
        private final Propagator propagator;

        ThingsController(Tracer tracer, Propagator propagator) {
            this.tracer = tracer;
            this.propagator = propagator;
        }

        /** Like a service's blocking use case: runs on boundedElastic and reports what it sees there. */
        @GetMapping("/api/things/{id}")
        Mono<Map<String, String>> thing(@PathVariable String id) {
            return BlockingWork.call(() -> {
                Map<String, String> seen = new LinkedHashMap<>();
                var span = tracer.currentSpan();
                seen.put("traceId", span == null ? "" : span.context().traceId());
                seen.put("documentId", String.valueOf(MDC.get(DocumentIdFilter.MDC_KEY)));
                seen.put("mdcTraceId", String.valueOf(MDC.get("traceId")));
                if (span != null) {
                    // what an instrumented client (the gateway's proxy) sends downstream
                    propagator.inject(span.context(), seen, (carrier, key, value) -> carrier.put("out." + key, value));
                }
                return seen;
            });
        }
    }
}
