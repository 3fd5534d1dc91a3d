package org.gongwen.events;

/** A fact that happened to one document; the document id is the Kafka key and the CloudEvents subject. */
public sealed interface GongwenEvent
        permits DraftSubmitted, DraftWithdrawn, ReviewChainAssigned, ReviewStepApproved, ReviewReturned, ReviewRejected,
        DocumentIssued, RecordArchived, ReviewStepReopened, ReviewDelegated, ReviewReminderDue, ReviewEscalated,
        ReviewCountersignRequested, ReviewCountersigned, ReviewSubmissionRefused, ReviewReviewerAdded,
        ReviewReviewerRemoved, RegistryDeliveriesPlanned, RegistryDeliverySigned, RegistryDeliveryReturned,
        RegistryDeliverySent, RegistryIncomingRegistered, RegistryIncomingAssigned, RegistryIncomingConcluded,
        ReviewOrganisationChanged,
        RegistryReminderDue, RegistryEscalated,
        RegistryMatterConcluded, DraftReplyStarted {

    String documentId();

    int revision();

    default EventType eventType() {
        return EventType.of(getClass());
    }
}
