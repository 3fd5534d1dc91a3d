package org.gongwen.review.web;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.gongwen.platform.web.problem.Problem;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.problem.Violation;
import org.gongwen.platform.web.security.Caller;
import org.gongwen.review.application.DecidingReview;
import org.gongwen.review.application.ReadingReviews;
import org.gongwen.review.domain.Decision;
import org.gongwen.review.domain.DecisionRequest;
import org.gongwen.review.domain.Outcomes.Decided;
import org.gongwen.review.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.domain.Outcomes.Refused;
import org.gongwen.review.domain.Refusal;
import org.gongwen.review.web.ReviewViews.InboxEntry;
import org.gongwen.review.web.ReviewViews.ReviewView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/api/reviews")
class ReviewController {

    private final ReadingReviews reading;
    private final DecidingReview deciding;
    private final Clock clock;

    ReviewController(ReadingReviews reading, DecidingReview deciding, Clock clock) {
        this.reading = reading;
        this.deciding = deciding;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    Mono<List<InboxEntry>> inbox(@AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return blocking(() -> reading.inbox(caller.username()).stream()
                .map(item -> InboxEntry.of(item, clock.instant())).toList());
    }

    @GetMapping("/{documentId}")
    Mono<ReviewView> review(@PathVariable String documentId, @AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return blocking(() -> {
            ReadingReviews.ReadOutcome outcome = reading.read(documentId, caller.username(), caller.hasRole("AUDITOR"));
            if (outcome instanceof ReadingReviews.NotReadable no) {
                throw refusal(no.refusal());
            }
            return ReviewView.of(((ReadingReviews.Found) outcome).review());
        });
    }

    @PostMapping("/{documentId}/decisions")
    Mono<ReviewView> decide(@PathVariable String documentId, @RequestBody Mono<DecisionBody> body,
                            @AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return body.switchIfEmpty(Mono.error(() -> new ProblemException(Problems.malformedRequest("a body is required"))))
                .map(b -> b.toRequest(caller.username()))
                .flatMap(request -> blocking(() -> {
                    DecisionOutcome outcome = deciding.decide(documentId, request);
                    if (outcome instanceof Refused refused) {
                        throw refusal(refused.refusal());
                    }
                    return ReviewView.of(((Decided) outcome).review());
                }));
    }

    /** The decision as posted; checked here so that an unknown or missing value is a 400 with a reason. */
    record DecisionBody(String decision, String opinion, Integer revision) {

        DecisionRequest toRequest(String username) {
            Decision parsed = Decision.parse(decision).orElseThrow(() -> new ProblemException(
                    Problems.malformedRequest("decision must be APPROVE, RETURN or REJECT")));
            if (revision == null) {
                throw new ProblemException(Problems.malformedRequest("revision is required"));
            }
            return new DecisionRequest(username, parsed, opinion, revision);
        }
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }

    static ProblemException refusal(Refusal refusal) {
        Problem problem = switch (refusal.kind()) {
            case NOT_FOUND -> Problems.notFound(refusal.zh(), refusal.en());
            case FORBIDDEN -> Problems.forbidden(refusal.zh(), refusal.en());
            case CONFLICT -> Problems.conflict(refusal.code(), refusal.zh(), refusal.en());
            case RULE_VIOLATION -> Problem.of(422, refusal.code(), "Rule violation", refusal.zh(), refusal.en())
                    .withViolations(List.of(Violation.error(refusal.rule(), refusal.field(), refusal.zh(),
                            refusal.en())));
        };
        return new ProblemException(problem.with("reason", refusal.code()));
    }
}
