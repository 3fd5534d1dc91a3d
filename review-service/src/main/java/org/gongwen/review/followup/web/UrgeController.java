package org.gongwen.review.followup.web;

import static org.gongwen.review.decision.web.ReviewResponses.blocking;
import static org.gongwen.review.decision.web.ReviewResponses.view;

import org.gongwen.events.Person;
import org.gongwen.platform.web.security.Caller;
import org.gongwen.review.decision.web.ReviewViews.ReviewView;
import org.gongwen.review.followup.application.UrgingReview;
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
class UrgeController {

    private final UrgingReview urging;

    UrgeController(UrgingReview urging) {
        this.urging = urging;
    }

    /** Manual 催办 by the drafter or a 主任: {@code {"note": "..."}}; 429 if the step was urged too recently. */
    @PostMapping("/{documentId}/urge")
    Mono<ReviewView> urge(@PathVariable String documentId, @RequestBody(required = false) Mono<UrgeBody> body,
                          @AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        Person person = new Person(caller.username(), jwt.getClaimAsString("name"), jwt.getClaimAsString("unit"));
        boolean director = caller.hasRole("DIRECTOR") || caller.hasRole("CHIEF");
        return body.defaultIfEmpty(new UrgeBody(null)).flatMap(b -> blocking(() -> view(urging.urge(documentId,
                caller.clearance(), person, director, b.note()))));
    }

    record UrgeBody(String note) {
    }
}
