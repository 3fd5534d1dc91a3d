package org.gongwen.review.shared.web;

import org.gongwen.kernel.Refusal;
import org.gongwen.platform.web.problem.Problem;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;

/**
 * A business refusal as problem+json: NOT_FOUND 404, FORBIDDEN 403 (both with the platform's generic type), CONFLICT
 * 409, TOO_MANY 429, RULE_VIOLATION 422 with its field violations; the refusal's own code always as {@code reason}.
 */
public final class RefusalProblems {

    private RefusalProblems() {
    }

    public static ProblemException refusal(Refusal refusal) {
        Problem problem = switch (refusal.kind()) {
            case NOT_FOUND -> Problems.notFound(refusal.messageZh(), refusal.messageEn());
            case FORBIDDEN -> Problems.forbidden(refusal.messageZh(), refusal.messageEn());
            case CONFLICT -> Problems.conflict(refusal.code(), refusal.messageZh(), refusal.messageEn());
            case TOO_MANY -> Problems.refused(refusal, "Too many requests");
            case RULE_VIOLATION -> Problems.refused(refusal, "Rule violation");
            default -> Problems.refused(refusal, "Refused");
        };
        return new ProblemException(problem.with("reason", refusal.code()));
    }
}
