package org.gongwen.registry.intake.application;

import java.util.Optional;
import java.util.UUID;

import org.gongwen.registry.intake.domain.IncomingDocument;
import org.gongwen.registry.intake.domain.ReceiptNumber;

/** The stored 收文 (persistence port). */
public interface IncomingDocuments {

    /** The 收文, locked until the transaction ends. */
    Optional<IncomingDocument> lock(UUID id);

    void save(IncomingDocument document);

    /**
     * The year's next 收文编号, taken in the caller's transaction: the counter row stays locked until it commits,
     * and a rollback gives the number back (gap-free, as the 文号).
     */
    ReceiptNumber nextReceiptNumber(int year);
}
