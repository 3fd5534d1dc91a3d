package org.gongwen.archive.accession.messaging;

import java.util.Set;

import org.gongwen.archive.accession.application.ArchivingRegistryRecord;
import org.gongwen.events.EventType;
import org.gongwen.events.GongwenEvent;
import org.gongwen.events.RegistryIncomingConcluded;
import org.gongwen.events.RegistryMatterConcluded;
import org.gongwen.platform.messaging.EventEnvelope;
import org.gongwen.platform.messaging.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 办结 of a 收文 or a 交办事项 → 归档 (issue 17). As for issued documents, a record the archive cannot keep is not
 * swallowed: the handler throws, so the message is retried and parked in the dead-letter topic. The consumer skips an
 * event id it has applied, and a redelivery with a new id finds the record archived (one record per id).
 */
class RegistryConcludedHandler implements EventHandler {

    private static final Logger log = LoggerFactory.getLogger(RegistryConcludedHandler.class);

    private final ArchivingRegistryRecord archiving;

    RegistryConcludedHandler(ArchivingRegistryRecord archiving) {
        this.archiving = archiving;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.REGISTRY_INCOMING_CONCLUDED, EventType.REGISTRY_MATTER_CONCLUDED);
    }

    @Override
    public void handle(EventEnvelope event) {
        GongwenEvent payload = event.payload();
        ArchivingRegistryRecord.Outcome outcome = payload instanceof RegistryMatterConcluded matter
                ? archiving.archive(matter) : archiving.archive((RegistryIncomingConcluded) payload);
        if (outcome instanceof ArchivingRegistryRecord.Refused refused) {
            log.error("Refusing to archive {} (event {}): {} {}", payload.documentId(), event.eventId(),
                    refused.refusal().code(), refused.refusal().messageEn());
            throw new IssuedDocumentHandler.RefusedToArchiveException(
                    refused.refusal().code() + ": " + refused.refusal().messageEn());
        }
        if (outcome instanceof ArchivingRegistryRecord.Archived archived) {
            log.info("Archived {} ({}) as {}", payload.documentId(), archived.record().kind(),
                    archived.record().archiveNo());
        } else if (outcome instanceof ArchivingRegistryRecord.NotArchivable) {
            log.warn("{} was concluded by a registry before archiving (event {} carries no registration):"
                    + " nothing to archive", payload.documentId(), event.eventId());
        } else {
            log.info("{} is already archived; event {} ignored", payload.documentId(), event.eventId());
        }
    }
}
