package org.gongwen.registry.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongwen.kernel.Refusal;

/** Unwraps an {@link Outcome} in a test, failing when it is the other kind. */
public final class OutcomeAssertions {

    private OutcomeAssertions() {
    }

    public static <T> T done(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<T>) outcome).state();
    }

    public static Refusal refusal(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) outcome).refusal();
    }
}
