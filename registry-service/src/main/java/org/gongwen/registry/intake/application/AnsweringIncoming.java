package org.gongwen.registry.intake.application;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.kernel.Refusal;
import org.gongwen.registry.shared.domain.Refusals;
import org.gongwen.kernel.Transactions;
import org.gongwen.registry.intake.application.ReplyDrafts.ReplyDraft;
import org.gongwen.registry.intake.domain.IncomingDocument;
import org.gongwen.registry.shared.application.Acts;
import org.gongwen.registry.shared.application.IssuedDocumentFollower;
import org.gongwen.registry.shared.application.RegistryEvents;
import org.gongwen.registry.shared.domain.Outcome;
import org.gongwen.registry.shared.domain.Person;
import org.jspecify.annotations.Nullable;

/**
 * 答复 (issue 17): who may start the reply to a 收文 (RCV-REPLY-1), the reply draft recorded when drafting-service
 * announces it, and the 收文 concluded when that draft is issued (RCV-REPLY-2). Events may come again (replays) or
 * in either order across their topics; each step is idempotent.
 */
public class AnsweringIncoming implements IssuedDocumentFollower {

    private final IncomingDocuments documents;
    private final IncomingQueries queries;
    private final ReplyDrafts replies;
    private final RegistryEvents events;
    private final Transactions tx;
    private final Clock clock;

    public AnsweringIncoming(IncomingDocuments documents, IncomingQueries queries, ReplyDrafts replies,
                             RegistryEvents events, Transactions tx, Clock clock) {
        this.documents = documents;
        this.queries = queries;
        this.replies = replies;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** The 收文 to answer, if this person may start its reply now (RCV-REPLY-1); unseen 收文 are not found. */
    public Outcome<IncomingDocument> replyable(UUID id, Person drafter) {
        Optional<IncomingDocument> found = queries.find(id)
                .filter(d -> drafter.isClearedFor(d.registration().classification()));
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.of(Refusal.Kind.NOT_FOUND, "incoming-not-found", "未找到该记录。",
                    "No such incoming."));
        }
        Refusal refusal = found.get().mayStartReply(drafter);
        return refusal != null ? Outcome.refused(refusal) : new Outcome.Done<>(found.get(), java.util.List.of());
    }

    /**
     * draft.reply-started: records the reply on its 收文 (trail 答复起草) when RCV-REPLY-1 holds for the drafter; a
     * link it does not hold for is refused and never concludes anything. A reply already issued concludes at once.
     */
    public Outcome<IncomingDocument> replyStarted(UUID incomingId, UUID draftId, String drafter, String drafterName,
                                                  String drafterUnit, @Nullable String drafterClearance,
                                                  String title) {
        Person person = new Person(drafter, drafterName, drafterUnit, Set.of(),
                Classification.ofClearance(drafterClearance));
        return tx.inTransaction(() -> {
            if (replies.of(draftId).isPresent()) {
                return Outcome.<IncomingDocument>refused(Refusals.conflict("incoming-reply-known",
                        "该答复已登记。", "This reply is recorded already.", "RCV-REPLY-1"));
            }
            Outcome<IncomingDocument> recorded = Acts.act(tx, documents::lock, documents::save, events, incomingId,
                    "incoming", d -> d.recordReplyDraft(person, draftId, title, clock.instant()));
            if (recorded instanceof Outcome.Done<IncomingDocument>) {
                replies.record(new ReplyDraft(draftId, incomingId, drafter, drafterUnit, title, clock.instant()));
                Optional<String> number = replies.issuedNumber(draftId);
                if (number.isPresent()) {
                    return concluded(draftId, number.get());
                }
            }
            return recorded;
        });
    }

    /** document.issued: if the document is a recorded reply, its 收文 is 办结 "以 <文号> 答复" (RCV-REPLY-2). */
    @Override
    public void issued(UUID documentId, String documentNumber) {
        concluded(documentId, documentNumber);
    }

    private Outcome<IncomingDocument> concluded(UUID documentId, String documentNumber) {
        return tx.inTransaction(() -> replies.of(documentId)
                .map(reply -> Acts.act(tx, documents::lock, documents::save, events, reply.incomingId(), "incoming",
                        d -> d.concludeByReply(documentId, documentNumber, reply.drafter(), reply.drafterUnit(),
                                clock.instant())))
                .orElseGet(() -> Outcome.refused(Refusal.of(Refusal.Kind.NOT_FOUND, "incoming-reply-not-found",
                        "该公文不是收文的答复。", "This document answers no incoming document."))));
    }
}
