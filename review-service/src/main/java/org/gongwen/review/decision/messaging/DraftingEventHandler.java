package org.gongwen.review.decision.messaging;

import java.util.Set;

import org.gongwen.events.DraftSubmitted;
import org.gongwen.events.DraftWithdrawn;
import org.gongwen.events.EventType;
import org.gongwen.platform.messaging.EventEnvelope;
import org.gongwen.platform.messaging.EventHandler;
import org.gongwen.review.decision.application.StartingReview;
import org.gongwen.review.decision.application.WithdrawingReview;
import org.springframework.stereotype.Component;

/** Drafting's 送审 and 撤回, applied in the consumer's transaction (which also records the event id). */
@Component
class DraftingEventHandler implements EventHandler {

    private final StartingReview starting;
    private final WithdrawingReview withdrawing;

    DraftingEventHandler(StartingReview starting, WithdrawingReview withdrawing) {
        this.starting = starting;
        this.withdrawing = withdrawing;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.DRAFT_SUBMITTED, EventType.DRAFT_WITHDRAWN);
    }

    @Override
    public void handle(EventEnvelope event) {
        if (event.payload() instanceof DraftSubmitted submitted) {
            starting.on(submitted);
        } else if (event.payload() instanceof DraftWithdrawn withdrawn) {
            withdrawing.on(withdrawn);
        } else {
            throw new IllegalArgumentException("not a drafting event: " + event.type());
        }
    }
}
