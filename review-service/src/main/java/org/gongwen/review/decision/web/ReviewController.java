package org.gongwen.review.decision.web;

import static org.gongwen.review.decision.web.ReviewResponses.blocking;
import static org.gongwen.review.decision.web.ReviewResponses.view;
import static org.gongwen.review.shared.web.RefusalProblems.refusal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.security.Caller;
import org.gongwen.review.decision.application.DecidingReview;
import org.gongwen.review.decision.application.ReadingReviews;
import org.gongwen.review.decision.application.ReviewQueries;
import org.gongwen.review.decision.domain.Decision;
import org.gongwen.review.decision.domain.DecisionRequest;
import org.gongwen.review.decision.web.ReviewViews.InboxEntry;
import org.gongwen.review.decision.web.ReviewViews.ReviewView;
import org.gongwen.kernel.Refusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

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

    /** 待办: array as in contract §2; optional filters urgency, docType, overdue and paging page/size (0-based). */
    @GetMapping("/inbox")
    Mono<List<InboxEntry>> inbox(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String urgency,
                                 @RequestParam(required = false) String docType,
                                 @RequestParam(required = false) Boolean overdue,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(required = false) Integer size) {
        Caller caller = Caller.from(jwt);
        // without size the whole inbox, as contract §2 has it: nothing pending may drop out of sight
        ReviewQueries.InboxFilter filter = new ReviewQueries.InboxFilter(checkText("urgency", urgency),
                checkText("docType", docType), overdue, checkPage(page),
                size == null ? Integer.MAX_VALUE : checkSize(size));
        return blocking(() -> {
            Instant now = clock.instant();
            return reading.inbox(caller.username(), caller.clearance(), now, filter).stream().map(item -> InboxEntry.of(item, now)).toList();
        });
    }

    /** 已办: what the caller did, newest first; optional {@code action} (APPROVED, SIGNED, RETURNED, …). */
    @GetMapping("/done")
    Mono<List<ReviewQueries.DoneItem>> done(@AuthenticationPrincipal Jwt jwt,
                                            @RequestParam(required = false) String action,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "20") int size) {
        Caller caller = Caller.from(jwt);
        String actionFilter = checkText("action", action);
        return blocking(() -> reading.done(caller.username(), caller.clearance(), actionFilter, checkPage(page), checkSize(size)));
    }

    /** "五不" dashboard for 主任, 局长 and AUDITOR: everything in review, who holds it, for how long. */
    @GetMapping("/dashboard")
    Mono<ReviewViews.Dashboard> dashboard(@AuthenticationPrincipal Jwt jwt,
                                          @RequestParam(required = false) String unit) {
        Caller caller = Caller.from(jwt);
        if (!caller.hasRole("DIRECTOR") && !caller.hasRole("CHIEF") && !caller.hasRole("AUDITOR")) {
            return Mono.error(refusal(Refusal.forbidden("dashboard-forbidden",
                    "只有主任、局长和审计人员可以查看督办看板。", "Only directors, chiefs and auditors see the dashboard.")));
        }
        String unitFilter = checkText("unit", unit);
        return blocking(() -> {
            Instant now = clock.instant();
            return ReviewViews.Dashboard.of(unitFilter, reading.inReview(unitFilter, caller.clearance(), now), now);
        });
    }

    /** 撤回 by the approver of the previous level: {@code {"revision": n}}. */
    @PostMapping("/{documentId}/recall")
    Mono<ReviewView> recall(@PathVariable String documentId, @RequestBody Mono<RevisionBody> body,
                            @AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return required(body).flatMap(b -> blocking(() -> view(deciding.recall(documentId, caller.clearance(),
                caller.username(), b.revision()))));
    }

    /** 会签: {@code {"units": [unit codes], "rule": "ALL"|"ANY"|"N_OF_M", "required": n, "revision": r}}. */
    @PostMapping("/{documentId}/countersign")
    Mono<ReviewView> countersign(@PathVariable String documentId, @RequestBody Mono<CountersignBody> body,
                                 @AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return required(body).flatMap(b -> blocking(() -> view(deciding.requestCountersign(documentId,
                caller.clearance(), caller.username(), b.revision(), b.units(), b.rule(), b.required()))));
    }

    record RevisionBody(Integer revision) {
    }

    record CountersignBody(List<String> units, String rule, Integer required, Integer revision) {
    }

    private static <T> Mono<T> required(Mono<T> body) {
        return body.switchIfEmpty(Mono.error(() -> new ProblemException(Problems.malformedRequest("a body is required"))))
                .doOnNext(b -> {
                    if (b instanceof RevisionBody r && r.revision() == null
                            || b instanceof CountersignBody c && c.revision() == null) {
                        throw new ProblemException(Problems.malformedRequest("revision is required"));
                    }
                });
    }

    /**
     * A filter value goes into SQL as a parameter; PostgreSQL text cannot hold U+0000, and no filter value has a
     * control character in it, so such a value is malformed input (400), not a database error (500).
     */
    private static String checkText(String name, String value) {
        if (value != null && value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new ProblemException(Problems.malformedRequest(name + " must not contain control characters"));
        }
        return value;
    }

    private static int checkPage(int page) {
        if (page < 0) {
            throw new ProblemException(Problems.malformedRequest("page must be 0 or more"));
        }
        return page;
    }

    private static int checkSize(int size) {
        if (size < 1 || size > 500) {
            throw new ProblemException(Problems.malformedRequest("size must be between 1 and 500"));
        }
        return size;
    }

    @GetMapping("/{documentId}")
    Mono<ReviewView> review(@PathVariable String documentId, @AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return blocking(() -> {
            ReadingReviews.ReadOutcome outcome = reading.read(documentId, caller.username(), caller.hasRole("AUDITOR"),
                    caller.clearance());
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
                .flatMap(request -> blocking(() -> view(deciding.decide(documentId, caller.clearance(), request))));
    }

    /** The decision as posted; checked here so that an unknown or missing value is a 400 with a reason. */
    record DecisionBody(String decision, String opinion, Integer revision, String contentHash, Integer returnToLevel,
                        Boolean renumber) {

        DecisionRequest toRequest(String username) {
            Decision parsed = Decision.parse(decision).orElseThrow(() -> new ProblemException(
                    Problems.malformedRequest("decision must be APPROVE, RETURN or REJECT")));
            if (revision == null) {
                throw new ProblemException(Problems.malformedRequest("revision is required"));
            }
            return new DecisionRequest(username, parsed, opinion, revision, contentHash, returnToLevel,
                    Boolean.TRUE.equals(renumber));
        }
    }
}
