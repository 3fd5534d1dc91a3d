package org.gongwen.drafting.draft.web;

import java.util.List;

import org.gongwen.drafting.draft.application.Result;
import org.gongwen.drafting.shared.domain.Refusal;
import org.gongwen.drafting.shared.domain.RuleViolation;
import org.gongwen.platform.web.problem.Problem;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Violation;

/** Refusals become problems: the kind of refusal decides the HTTP status, the code the problem type. */
final class Refusals {

    private Refusals() {
    }

    static <T> T orThrow(Result<T> result) {
        if (result instanceof Result.Ok<T> ok) {
            return ok.value();
        }
        throw new ProblemException(problem(((Result.Refused<T>) result).refusal()));
    }

    static Problem problem(Refusal r) {
        int status = switch (r.kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE -> 412;
            case RULES_FAILED -> 422;
            case PRECONDITION_REQUIRED -> 428;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
        };
        Problem problem = new Problem(r.code(), status, title(status), r.messageZh(), r.messageEn(),
                violations(r.violations()), null);
        // the format findings in full (suggestedFix, span), exactly as POST …/check lists them: the extension
        // member replaces the plain violations of the same name when the body is written
        return r.kind() == Refusal.Kind.RULES_FAILED
                ? problem.with("violations", r.violations().stream().map(ViolationView::of).toList())
                : problem;
    }

    static List<Violation> violations(List<RuleViolation> violations) {
        return violations.stream()
                .map(v -> new Violation(v.rule(), v.field(), v.severity().name(), v.messageZh(), v.messageEn()))
                .toList();
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid draft";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 412 -> "Precondition failed";
            case 422 -> "Format rules failed";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            default -> "Precondition required";
        };
    }
}
