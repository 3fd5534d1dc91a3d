package org.gongwen.archive.accession.messaging;

import java.util.Set;

import org.gongwen.archive.accession.application.ArchivingIssuedDocument;
import org.gongwen.archive.accession.application.AttachmentSource;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.EventType;
import org.gongwen.platform.messaging.EventEnvelope;
import org.gongwen.platform.messaging.EventHandler;
import org.gongwen.platform.messaging.RetryLaterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 签发 → 归档. A document the archive cannot vouch for is not a business outcome to swallow: the handler
 * throws, so the message is retried, then parked in the dead-letter topic where someone must look at it.
 */
class IssuedDocumentHandler implements EventHandler {

    private static final Logger log = LoggerFactory.getLogger(IssuedDocumentHandler.class);

    private final ArchivingIssuedDocument archiving;

    IssuedDocumentHandler(ArchivingIssuedDocument archiving) {
        this.archiving = archiving;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.DOCUMENT_ISSUED);
    }

    @Override
    public void handle(EventEnvelope event) {
        DocumentIssued issued = event.payloadAs(DocumentIssued.class);
        ArchivingIssuedDocument.Outcome outcome;
        try {
            outcome = archiving.archive(issued);
        } catch (AttachmentSource.Unavailable e) {
            // drafting or the token issuer is away: not the document's fault, so retried without limit, never parked
            log.warn("Cannot fetch the attachments of {} yet (event {}): {}", issued.documentId(), event.eventId(),
                    e.getMessage());
            throw new RetryLaterException(e.getMessage(), e);
        }
        if (outcome instanceof ArchivingIssuedDocument.Refused refused) {
            log.error("Refusing to archive {} (event {}): {} {}", issued.documentId(), event.eventId(),
                    refused.refusal().code(), refused.refusal().messageEn());
            throw new RefusedToArchiveException(refused.refusal().code() + ": " + refused.refusal().messageEn());
        }
        if (outcome instanceof ArchivingIssuedDocument.Archived archived) {
            log.info("Archived {} as {}", issued.documentId(), archived.record().archiveNo());
        } else {
            log.info("{} is already archived; event {} ignored", issued.documentId(), event.eventId());
        }
    }

    static final class RefusedToArchiveException extends RuntimeException {

        RefusedToArchiveException(String message) {
            super(message);
        }
    }
}
