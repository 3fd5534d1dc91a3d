package org.gongwen.review.decision.web;

import static org.gongwen.review.decision.web.ReviewResponses.blocking;
import static org.gongwen.review.decision.web.ReviewResponses.view;
import static org.gongwen.review.decision.web.ReviewResponses.withRevision;
import static org.gongwen.review.shared.web.RefusalProblems.refusal;

import java.util.List;

import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.security.Caller;
import org.gongwen.review.decision.application.ChangingReviewers;
import org.gongwen.review.decision.application.ChangingReviewers.Candidates;
import org.gongwen.review.decision.web.ReviewViews.ReviewView;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 加签 / 减签 on the current step (REVIEW-ADHOC-*), and whom the caller could add. */
@RestController
@RequestMapping("/api/reviews")
class ReviewerController {

    private final ChangingReviewers changing;

    ReviewerController(ChangingReviewers changing) {
        this.changing = changing;
    }

    /** 加签: {@code {"reviewer": username, "opinion", "revision"}} → 200 with the review view. */
    @PostMapping("/{documentId}/reviewers")
    Mono<ReviewView> addReviewer(@PathVariable String documentId, @RequestBody Mono<AddBody> body,
                                 @AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return withRevision(body, AddBody::revision).flatMap(b -> {
            if (b.reviewer() == null || b.reviewer().isBlank()) {
                return Mono.error(new ProblemException(Problems.malformedRequest("reviewer is required")));
            }
            return blocking(() -> view(changing.add(documentId, caller.clearance(), caller.username(),
                    b.revision(), b.reviewer().strip(), b.opinion())));
        });
    }

    /** 减签: {@code {"opinion", "revision"}} → 200 with the review view. */
    @DeleteMapping("/{documentId}/reviewers/{personId}")
    Mono<ReviewView> removeReviewer(@PathVariable String documentId, @PathVariable String personId,
                                    @RequestBody Mono<RemoveBody> body, @AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return withRevision(body, RemoveBody::revision).flatMap(b -> blocking(() -> view(changing.remove(documentId,
                caller.clearance(), caller.username(), b.revision(), personId, b.opinion()))));
    }

    /** Whom the caller could add after the current step now: {@code [{username, name, unit, role}]}, maybe empty. */
    @GetMapping("/{documentId}/reviewers/candidates")
    Mono<List<CandidateView>> reviewerCandidates(@PathVariable String documentId, @AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return blocking(() -> {
            Candidates candidates = changing.candidates(documentId, caller.clearance(), caller.username());
            if (candidates instanceof Candidates.Refused none) {
                throw refusal(none.refusal());
            }
            return ((Candidates.Found) candidates).people().stream().map(CandidateView::of).toList();
        });
    }

    record AddBody(String reviewer, String opinion, Integer revision) {
    }

    record RemoveBody(String opinion, Integer revision) {
    }

    record CandidateView(String username, String name, String unit, String role) {

        static CandidateView of(OrganisationChart.Member m) {
            return new CandidateView(m.username(), m.name(), m.unit(), m.role());
        }
    }
}
