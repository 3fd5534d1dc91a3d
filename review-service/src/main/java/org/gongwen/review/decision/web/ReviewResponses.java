package org.gongwen.review.decision.web;

import static org.gongwen.review.shared.web.RefusalProblems.refusal;

import java.util.concurrent.Callable;

import org.gongwen.platform.web.ops.BlockingWork;
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

    /** Blocking use cases run on {@code Schedulers.boundedElastic()}. */
    public static <T> Mono<T> blocking(Callable<T> work) {
        return BlockingWork.call(work);
    }
}
