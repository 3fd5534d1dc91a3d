package org.gongwen.drafting.draft.web;

import org.gongwen.drafting.draft.application.Result;
import org.gongwen.kernel.Refusal;
import org.gongwen.platform.web.problem.Problem;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;

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
        Problem refused = Problems.refused(r, title(r.kind()));
        // the rule that said no (e.g. CORRECTION-4), also where no field is at fault
        Problem problem = r.rule() == null ? refused : refused.with("rule", r.rule());
        // the format findings in full (suggestedFix, span), exactly as POST …/check lists them: the extension
        // member replaces the plain violations of the same name when the body is written
        return r.kind() == Refusal.Kind.RULE_VIOLATION
                ? problem.with("violations", r.violations().stream().map(ViolationView::of).toList())
                : problem;
    }

    private static String title(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> "Invalid draft";
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflict";
            case STALE -> "Precondition failed";
            case RULE_VIOLATION -> "Format rules failed";
            case TOO_LARGE -> "Payload too large";
            case UNSUPPORTED_TYPE -> "Unsupported media type";
            case PRECONDITION_REQUIRED -> "Precondition required";
            case TOO_MANY -> "Too many requests";
        };
    }
}
