package org.gongwen.drafting.draft.domain;

import org.gongwen.kernel.Refusal;

/** What asking a draft to do something came to: the draft as it is now, or a refusal. */
public sealed interface Outcome {

    record Accepted(Draft draft) implements Outcome {
    }

    record Refused(Refusal refusal) implements Outcome {
    }

    static Outcome accepted(Draft draft) {
        return new Accepted(draft);
    }

    static Outcome refused(Refusal refusal) {
        return new Refused(refusal);
    }
}
