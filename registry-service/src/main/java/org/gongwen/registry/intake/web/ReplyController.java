package org.gongwen.registry.intake.web;

import static org.gongwen.registry.shared.web.RegistryResponses.answer;
import static org.gongwen.registry.shared.web.RegistryResponses.blocking;
import static org.gongwen.registry.shared.web.RegistryResponses.person;

import java.util.UUID;

import org.gongwen.registry.intake.application.AnsweringIncoming;
import org.gongwen.registry.intake.domain.IncomingDocument;
import org.gongwen.registry.shared.domain.Person;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * 答复 (issue 17): what a client sends drafting-service ({@code POST /api/drafts}) to start the reply to a 收文 — the
 * link and what prefills it — for a person who may start it (RCV-REPLY-1). Services talk only through events, so the
 * page carries this over; drafting announces the draft (draft.reply-started) and the registry records it then.
 */
@RestController
class ReplyController {

    private final AnsweringIncoming answering;

    ReplyController(AnsweringIncoming answering) {
        this.answering = answering;
    }

    /** The create request of the reply draft: a 函 unless the drafter chooses another kind. */
    record ReplyRequest(String template, InReplyTo inReplyTo) {
    }

    record InReplyTo(UUID incomingId, String receiptNumber, String senderOrgan, String senderNumber, String title) {
    }

    @GetMapping("/api/registry/incoming/{id}/reply")
    Mono<ReplyRequest> reply(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        Person drafter = person(jwt);
        return blocking(() -> answer(answering.replyable(id, drafter), ReplyController::request));
    }

    private static ReplyRequest request(IncomingDocument d) {
        return new ReplyRequest("函", new InReplyTo(d.id(), d.receiptNumber().toString(),
                d.registration().senderOrgan(), d.registration().senderNumber(), d.registration().title()));
    }
}
