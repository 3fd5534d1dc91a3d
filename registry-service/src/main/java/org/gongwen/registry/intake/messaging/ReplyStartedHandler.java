package org.gongwen.registry.intake.messaging;

import java.util.Set;
import java.util.UUID;

import org.gongwen.events.DraftReplyStarted;
import org.gongwen.events.EventType;
import org.gongwen.platform.messaging.EventEnvelope;
import org.gongwen.platform.messaging.EventHandler;
import org.gongwen.registry.intake.application.AnsweringIncoming;
import org.gongwen.registry.intake.domain.IncomingDocument;
import org.gongwen.registry.shared.domain.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * draft.reply-started → the reply recorded on its 收文 (答复起草). A refusal (not the 主办 unit, not cleared, not being
 * handled, recorded before) is a business outcome, logged and done: the draft stays a draft, it just answers nothing.
 */
class ReplyStartedHandler implements EventHandler {

    private static final Logger log = LoggerFactory.getLogger(ReplyStartedHandler.class);

    private final AnsweringIncoming answering;

    ReplyStartedHandler(AnsweringIncoming answering) {
        this.answering = answering;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.DRAFT_REPLY_STARTED);
    }

    /** Ids that are no UUID are not ours to guess at: the handler throws, so the message ends in the DLT. */
    @Override
    public void handle(EventEnvelope event) {
        DraftReplyStarted started = event.payloadAs(DraftReplyStarted.class);
        Outcome<IncomingDocument> outcome = answering.replyStarted(UUID.fromString(started.inReplyTo().incomingId()),
                UUID.fromString(started.documentId()), started.drafter().username(), started.drafter().name(),
                started.drafter().unit(), started.drafterClearance(), started.title() == null ? "" : started.title());
        if (outcome instanceof Outcome.Refused<IncomingDocument> refused) {
            log.info("reply {} to 收文 {} not recorded: {}", started.documentId(), started.inReplyTo().incomingId(),
                    refused.refusal().code());
        }
    }
}
