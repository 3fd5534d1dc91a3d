package org.gongwen.review.delegation.web;

import static org.gongwen.review.decision.web.ReviewResponses.blocking;
import static org.gongwen.review.decision.web.ReviewResponses.view;
import static org.gongwen.review.decision.web.ReviewResponses.withRevision;

import java.time.Instant;

import org.gongwen.platform.web.security.Caller;
import org.gongwen.review.decision.web.ReviewViews.ReviewView;
import org.gongwen.review.delegation.application.DelegatingReview;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/reviews")
class DelegationController {

    private final DelegatingReview delegating;

    DelegationController(DelegatingReview delegating) {
        this.delegating = delegating;
    }

    /** 委派/转办: {@code {"kind": "DELEGATE"|"TRANSFER", "to": username, "until": instant, "reason", "revision"}}. */
    @PostMapping("/{documentId}/delegation")
    Mono<ReviewView> delegate(@PathVariable String documentId, @RequestBody Mono<DelegationBody> body,
                              @AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return withRevision(body, DelegationBody::revision).flatMap(b -> blocking(() -> view(delegating.delegate(
                documentId, caller.clearance(), caller.username(), b.revision(), b.kind(), b.to(), b.until(),
                b.reason()))));
    }

    record DelegationBody(String kind, String to, Instant until, String reason, Integer revision) {
    }
}
