package org.gongwen.registry.intake.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

import org.gongwen.kernel.Transactions;
import org.gongwen.registry.intake.domain.Assignment;
import org.gongwen.registry.intake.domain.IncomingDocument;
import org.gongwen.registry.intake.domain.Registration;
import org.gongwen.registry.shared.application.Acts;
import org.gongwen.registry.shared.application.RegistryEvents;
import org.gongwen.registry.shared.domain.Outcome;
import org.gongwen.registry.shared.domain.Person;
import org.jspecify.annotations.Nullable;

/**
 * Every step of a 收文, each in its own transaction: 登记 (with the 收文编号 taken in it), 初审, 拟办, 批办, 转办
 * request, extension, 办结. The domain decides; this class locks, saves and publishes.
 */
public class HandlingIncoming {

    private final IncomingDocuments documents;
    private final RegistryEvents events;
    private final Transactions tx;
    private final Clock clock;
    private final String officeUnit;

    public HandlingIncoming(IncomingDocuments documents, RegistryEvents events, Transactions tx, Clock clock,
                            String officeUnit) {
        this.documents = documents;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.officeUnit = officeUnit;
    }

    public Outcome<IncomingDocument> register(Registration form, Person clerk) {
        return Acts.create(tx, documents::save, events, () -> IncomingDocument.register(UUID.randomUUID(),
                documents::nextReceiptNumber, form, clerk, officeUnit, now()));
    }

    public Outcome<IncomingDocument> accept(UUID id, Person clerk) {
        return act(id, document -> document.accept(clerk, officeUnit, now()));
    }

    public Outcome<IncomingDocument> returnToSender(UUID id, Person clerk, String reason) {
        return act(id, document -> document.returnToSender(clerk, officeUnit, reason, now()));
    }

    public Outcome<IncomingDocument> propose(UUID id, Person clerk, String opinion) {
        return act(id, document -> document.propose(clerk, officeUnit, opinion, now()));
    }

    public Outcome<IncomingDocument> assign(UUID id, Person leader, Assignment assignment) {
        return act(id, document -> document.assign(leader, assignment, now()));
    }

    public Outcome<IncomingDocument> requestTransfer(UUID id, Person handler, String reason) {
        return act(id, document -> document.requestTransfer(handler, reason, now()));
    }

    public Outcome<IncomingDocument> extendDeadline(UUID id, Person leader, LocalDate deadline, String reason) {
        return act(id, document -> document.extendDeadline(leader, deadline, reason, now()));
    }

    public Outcome<IncomingDocument> conclude(UUID id, Person handler, String result, @Nullable UUID reply) {
        return act(id, document -> document.conclude(handler, result, reply, now()));
    }

    private Outcome<IncomingDocument> act(UUID id, Function<IncomingDocument, Outcome<IncomingDocument>> decision) {
        return Acts.act(tx, documents::lock, documents::save, events, id, "incoming", decision);
    }

    private Instant now() {
        return clock.instant();
    }
}
