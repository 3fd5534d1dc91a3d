package org.gongwen.drafting.draft.application;

import org.gongwen.drafting.draft.domain.Outcome;
import org.gongwen.kernel.Refusal;

/** What a use case answers: a value, or the refusal that explains why not. */
public sealed interface Result<T> {

    record Ok<T>(T value) implements Result<T> {
    }

    record Refused<T>(Refusal refusal) implements Result<T> {
    }

    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Result<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    static Refusal notFound() {
        return Refusal.of(Refusal.Kind.NOT_FOUND, "draft-not-found", "公文不存在。", "No such draft.");
    }

    static Refusal notReadable() {
        return Refusal.of(Refusal.Kind.FORBIDDEN, "not-allowed", "您无权查看此公文。", "You may not read this draft.");
    }

    static Result<org.gongwen.drafting.draft.domain.Draft> of(Outcome outcome) {
        if (outcome instanceof Outcome.Accepted accepted) {
            return ok(accepted.draft());
        }
        return refused(((Outcome.Refused) outcome).refusal());
    }
}
