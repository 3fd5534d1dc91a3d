package org.gongwen.drafting.draft.web;

import java.util.List;
import java.util.UUID;

import org.gongwen.drafting.draft.domain.DraftInputRules;
import org.gongwen.drafting.draft.domain.ReplyTo;
import org.gongwen.drafting.shared.domain.Actor;
import org.gongwen.drafting.shared.domain.DocType;
import org.gongwen.drafting.template.domain.ReplySkeletons;
import org.gongwen.events.DocumentContent;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.platform.web.problem.ProblemException;

/**
 * {@code POST /api/drafts {"inReplyTo": {...}, …}} (答复, issue 17): the link the draft keeps, and the reply skeleton
 * of the kind named by {@code template} or {@code docType} (a 函 when neither), every field the request gives written
 * over it.
 */
final class ReplyRequests {

    private ReplyRequests() {
    }

    /** The link, or null for an ordinary draft; an {@code incomingId} that is no UUID names no 收文 (400). */
    static ReplyTo link(DraftRequest request) {
        DraftRequest.InReplyTo given = request.inReplyTo();
        if (given == null) {
            return null;
        }
        try {
            return new ReplyTo(UUID.fromString(given.incomingId() == null ? "" : given.incomingId().strip()),
                    given.receiptNumber());
        } catch (IllegalArgumentException e) {
            throw invalid("DRAFT-REPLY-1", "inReplyTo.incomingId", "答复须写明所答复收文的标识。",
                    "A reply names the 收文 it answers by its id.");
        }
    }

    static DocumentContent skeleton(ReplySkeletons replies, DraftRequest request, Actor drafter) {
        String kind = request.template() != null ? request.template() : request.docType();
        if (request.template() != null && request.docType() != null && !request.docType().equals(request.template())) {
            throw invalid("field.enum", "template", "模板“" + request.template() + "”与文种“" + request.docType() + "”不一致。",
                    "template " + request.template() + " contradicts docType " + request.docType() + ".");
        }
        DraftRequest.InReplyTo given = request.inReplyTo();
        return replies.reply(kind, new ReplySkeletons.Answered(given.senderOrgan(), given.senderNumber(),
                given.title()), drafter.name()).orElseThrow(() -> invalid("field.enum", request.template() != null ? "template"
                : "docType", "文种须是法定的15种之一：" + String.join("、", DocType.terms()),
                "the kind must be one of the 15 legal kinds: " + String.join(", ", DocType.terms())));
    }

    private static ProblemException invalid(String rule, String field, String zh, String en) {
        return new ProblemException(Refusals.problem(DraftInputRules.invalid(
                List.of(RuleViolation.error(rule, field, zh, en)))));
    }
}
