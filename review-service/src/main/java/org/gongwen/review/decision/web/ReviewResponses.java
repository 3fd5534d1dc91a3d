package org.gongwen.review.decision.web;

import static org.gongwen.review.shared.web.RefusalProblems.refusal;

import java.util.concurrent.Callable;
import java.util.function.Function;

import org.gongwen.platform.web.ops.BlockingWork;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.review.decision.domain.Outcomes.Decided;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.decision.domain.Outcomes.Refused;
import org.gongwen.review.decision.web.ReviewViews.ReviewView;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** How every act on a review answers over HTTP: the review view, or the refusal as problem+json. */
public final class ReviewResponses {

    private ReviewResponses() {
    }

    public static ReviewView view(DecisionOutcome outcome) {
        if (outcome instanceof Refused refused) {
            throw refusal(refused.refusal());
        }
        return ReviewView.of(((Decided) outcome).review());
    }

    /**
     * The body of an act on a review, which must say which revision the caller read: 400 without a body or without
     * {@code revision}.
     */
    public static <B> Mono<B> withRevision(Mono<B> body, Function<B, Integer> revision) {
        return body.switchIfEmpty(Mono.error(() ->
                        new ProblemException(Problems.malformedRequest("a body is required"))))
                .doOnNext(b -> {
                    if (revision.apply(b) == null) {
                        throw new ProblemException(Problems.malformedRequest("revision is required"));
                    }
                });
    }

    /** Blocking use cases run on {@code Schedulers.boundedElastic()}. */
    public static <T> Mono<T> blocking(Callable<T> work) {
        return BlockingWork.call(work);
    }
}
