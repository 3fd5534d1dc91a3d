package org.gongwen.drafting.draft.web;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A draft's ETag is its save count, for {@code If-Match} on edits; but review and archive events change its status,
 * chain and 文号 without a save. So the ETag must not validate a cached copy: draft answers are never stored (they may
 * also carry classified text) and {@code If-None-Match} is ignored, or a client would be told "304 Not Modified"
 * about a draft that went from IN_REVIEW to ISSUED. (Removing the request header is not enough: exchange
 * decorators hand the check to the original request.)
 */
@Component
class DraftResponsesNotCached implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/drafts")) {
            return chain.filter(exchange);
        }
        exchange.getResponse().getHeaders().setCacheControl("no-store");
        return chain.filter(new NeverNotModified(exchange));
    }

    /** The handlers' conditional-GET check ({@code If-None-Match} against the ETag) always answers "modified". */
    private static final class NeverNotModified extends ServerWebExchangeDecorator {

        NeverNotModified(ServerWebExchange delegate) {
            super(delegate);
        }

        @Override
        public boolean checkNotModified(Instant lastModified) {
            return false;
        }

        @Override
        public boolean checkNotModified(String etag) {
            return false;
        }

        @Override
        public boolean checkNotModified(String etag, Instant lastModified) {
            return false;
        }
    }
}
