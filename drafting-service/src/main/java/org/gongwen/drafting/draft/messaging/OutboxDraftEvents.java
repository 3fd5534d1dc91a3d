package org.gongwen.drafting.draft.messaging;

import org.gongwen.drafting.draft.application.DraftEvents;
import org.gongwen.events.GongwenEvent;
import org.gongwen.platform.messaging.Outbox;
import org.springframework.stereotype.Component;

@Component
class OutboxDraftEvents implements DraftEvents {

    private final Outbox outbox;

    OutboxDraftEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(GongwenEvent event) {
        outbox.append(event);
    }
}
