package org.gongwen.review.decision.messaging;

import org.gongwen.events.GongwenEvent;
import org.gongwen.platform.messaging.Outbox;
import org.gongwen.review.decision.application.ReviewEvents;
import org.springframework.stereotype.Component;

@Component
class OutboxReviewEvents implements ReviewEvents {

    private final Outbox outbox;

    OutboxReviewEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(GongwenEvent event) {
        outbox.append(event);
    }
}
