package org.gongwen.registry.delivery.messaging;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.EventType;
import org.gongwen.platform.messaging.EventEnvelope;
import org.gongwen.platform.messaging.EventHandler;
import org.gongwen.registry.delivery.application.DistributingDocuments;
import org.gongwen.registry.delivery.domain.Delivery;
import org.gongwen.registry.delivery.domain.Distribution.IssuedDocument;
import org.gongwen.registry.shared.application.IssuedDocumentFollower;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 签发 → 分发. The consumer skips an event id it has applied; distribution itself happens once per document, so a
 * second document.issued of the same document (a replay, a new event id) finds the deliveries planned before.
 */
class IssuedDocumentHandler implements EventHandler {

    private static final Logger log = LoggerFactory.getLogger(IssuedDocumentHandler.class);

    private final DistributingDocuments distributing;
    private final List<IssuedDocumentFollower> followers;

    IssuedDocumentHandler(DistributingDocuments distributing, List<IssuedDocumentFollower> followers) {
        this.distributing = distributing;
        this.followers = List.copyOf(followers);
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.DOCUMENT_ISSUED);
    }

    @Override
    public void handle(EventEnvelope event) {
        DocumentIssued issued = event.payloadAs(DocumentIssued.class);
        List<Delivery> deliveries = distributing.distribute(issuedDocument(issued));
        log.info("{} ({}) distributed to {} organs", issued.documentId(), issued.documentNumber(), deliveries.size());
        // distributed first: a follower may look for the document among the deliveries (a reply announced late)
        UUID id = UUID.fromString(issued.documentId());
        followers.forEach(f -> f.issued(id, issued.documentNumber()));
    }

    /** An id that is no UUID is not ours to guess at: the handler throws, so the message ends in the DLT. */
    static IssuedDocument issuedDocument(DocumentIssued issued) {
        DocumentContent content = issued.content();
        // a marking we do not know is judged 绝密 (fail closed), so the delivery reaches only those cleared for it
        return new IssuedDocument(UUID.fromString(issued.documentId()), issued.documentNumber(), content.title(),
                Classification.ofDocument(content.classification()), content.urgency() == null ? "" : content.urgency(),
                content.mainRecipients(), content.copyRecipients());
    }
}
