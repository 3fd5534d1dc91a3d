package org.gongwen.registry.shared.web;

import java.util.concurrent.Callable;
import java.util.function.Function;

import org.gongwen.events.Classification;
import org.gongwen.kernel.Refusal;
import org.gongwen.platform.web.ops.BlockingWork;
import org.gongwen.platform.web.problem.Problem;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Problems;
import org.gongwen.platform.web.security.Caller;
import org.gongwen.registry.shared.domain.Outcome;
import org.gongwen.registry.shared.domain.Person;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * How every registry endpoint answers: blocking use cases on {@code boundedElastic}, the new state as a view, or the
 * refusal as problem+json — its status from the kind, its code as the type and as {@code reason}, and the rule it
 * enforces as {@code rule}, so a client can say which rule refused it.
 */
public final class RegistryResponses {

    private RegistryResponses() {
    }

    public static <T> Mono<T> blocking(Callable<T> work) {
        return BlockingWork.call(work);
    }

    /** The acting person, as the token says; a clearance that is no 密级 is none (fail closed). */
    public static Person person(Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return new Person(caller.username(), caller.name(), caller.unit(), caller.roles(),
                Classification.ofClearance(caller.clearance()));
    }

    public static <T, V> V answer(Outcome<T> outcome, Function<T, V> view) {
        if (outcome instanceof Outcome.Refused<T> refused) {
            throw refusal(refused.refusal());
        }
        return view.apply(((Outcome.Done<T>) outcome).state());
    }

    public static ProblemException refusal(Refusal refusal) {
        Problem problem = Problems.refused(refusal, switch (refusal.kind()) {
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Forbidden";
            case CONFLICT -> "Conflict";
            case RULE_VIOLATION -> "Rule violation";
            default -> "Refused";
        }).with("reason", refusal.code());
        return new ProblemException(refusal.rule() == null ? problem : problem.with("rule", refusal.rule()));
    }

    public static ProblemException notFound(String what) {
        return refusal(Refusal.of(Refusal.Kind.NOT_FOUND, what + "-not-found", "未找到该记录。", "No such " + what + "."));
    }

    public static int page(int page) {
        if (page < 0) {
            throw new ProblemException(Problems.malformedRequest("page must be 0 or more"));
        }
        return page;
    }

    public static int size(int size) {
        if (size < 1 || size > 200) {
            throw new ProblemException(Problems.malformedRequest("size must be between 1 and 200"));
        }
        return size;
    }

    /** A body is required and must be JSON of the right shape (platform-web answers a parse error with 400). */
    public static <T> Mono<T> required(Mono<T> body) {
        return body.switchIfEmpty(Mono.error(() -> new ProblemException(Problems.malformedRequest("a body is required"))));
    }

    /** An act with a request body: the body required, the act blocking. */
    public static <B, V> Mono<V> withBody(Mono<B> body, Function<B, V> act) {
        return required(body).flatMap(b -> blocking(() -> act.apply(b)));
    }
}
