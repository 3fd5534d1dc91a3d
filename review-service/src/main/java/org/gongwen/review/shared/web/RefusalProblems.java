package org.gongwen.review.shared.web;

import java.util.List;

import org.gongwen.platform.web.problem.Problem;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.problem.Violation;
import org.gongwen.review.shared.domain.Refusal;

/** A business refusal as problem+json: NOT_FOUND 404, FORBIDDEN 403, CONFLICT 409, TOO_MANY 429, RULE_VIOLATION 422. */
public final class RefusalProblems {

    private RefusalProblems() {
    }

    public static ProblemException refusal(Refusal refusal) {
        Problem problem = switch (refusal.kind()) {
            case NOT_FOUND -> Problems.notFound(refusal.zh(), refusal.en());
            case FORBIDDEN -> Problems.forbidden(refusal.zh(), refusal.en());
            case CONFLICT -> Problems.conflict(refusal.code(), refusal.zh(), refusal.en());
            case TOO_MANY -> Problem.of(429, refusal.code(), "Too many requests", refusal.zh(), refusal.en());
            case RULE_VIOLATION -> Problem.of(422, refusal.code(), "Rule violation", refusal.zh(), refusal.en())
                    .withViolations(List.of(Violation.error(refusal.rule(), refusal.field(), refusal.zh(),
                            refusal.en())));
        };
        return new ProblemException(problem.with("reason", refusal.code()));
    }
}
