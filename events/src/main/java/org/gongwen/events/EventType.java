package org.gongwen.events;

import java.util.Arrays;
import java.util.Optional;

/** The logical type (CloudEvents {@code ce_type}) of each event, its topic and its payload record. */
public enum EventType {

    DRAFT_SUBMITTED("gongwen.draft.submitted.v1", Topics.DRAFTING, DraftSubmitted.class),
    DRAFT_WITHDRAWN("gongwen.draft.withdrawn.v1", Topics.DRAFTING, DraftWithdrawn.class),
    REVIEW_CHAIN_ASSIGNED("gongwen.review.chain-assigned.v1", Topics.REVIEW, ReviewChainAssigned.class),
    REVIEW_STEP_APPROVED("gongwen.review.step-approved.v1", Topics.REVIEW, ReviewStepApproved.class),
    REVIEW_RETURNED("gongwen.review.returned.v1", Topics.REVIEW, ReviewReturned.class),
    REVIEW_REJECTED("gongwen.review.rejected.v1", Topics.REVIEW, ReviewRejected.class),
    DOCUMENT_ISSUED("gongwen.document.issued.v1", Topics.REVIEW, DocumentIssued.class),
    RECORD_ARCHIVED("gongwen.archive.archived.v1", Topics.ARCHIVE, RecordArchived.class),
    REVIEW_STEP_REOPENED("gongwen.review.step-reopened.v1", Topics.REVIEW, ReviewStepReopened.class),
    REVIEW_DELEGATED("gongwen.review.delegated.v1", Topics.REVIEW, ReviewDelegated.class),
    REVIEW_REMINDER_DUE("gongwen.review.reminder-due.v1", Topics.REVIEW, ReviewReminderDue.class),
    REVIEW_ESCALATED("gongwen.review.escalated.v1", Topics.REVIEW, ReviewEscalated.class),
    REVIEW_COUNTERSIGN_REQUESTED("gongwen.review.countersign-requested.v1", Topics.REVIEW,
            ReviewCountersignRequested.class),
    REVIEW_COUNTERSIGNED("gongwen.review.countersigned.v1", Topics.REVIEW, ReviewCountersigned.class),
    REVIEW_SUBMISSION_REFUSED("gongwen.review.submission-refused.v1", Topics.REVIEW, ReviewSubmissionRefused.class),
    REVIEW_REVIEWER_ADDED("gongwen.review.reviewer-added.v1", Topics.REVIEW, ReviewReviewerAdded.class),
    REVIEW_REVIEWER_REMOVED("gongwen.review.reviewer-removed.v1", Topics.REVIEW, ReviewReviewerRemoved.class),
    REGISTRY_DELIVERIES_PLANNED("gongwen.registry.deliveries-planned.v1", Topics.REGISTRY,
            RegistryDeliveriesPlanned.class),
    REGISTRY_DELIVERY_SIGNED("gongwen.registry.delivery-signed.v1", Topics.REGISTRY, RegistryDeliverySigned.class),
    REGISTRY_DELIVERY_RETURNED("gongwen.registry.delivery-returned.v1", Topics.REGISTRY,
            RegistryDeliveryReturned.class),
    REGISTRY_DELIVERY_SENT("gongwen.registry.delivery-sent.v1", Topics.REGISTRY, RegistryDeliverySent.class),
    REGISTRY_INCOMING_REGISTERED("gongwen.registry.incoming-registered.v1", Topics.REGISTRY,
            RegistryIncomingRegistered.class),
    REGISTRY_INCOMING_ASSIGNED("gongwen.registry.incoming-assigned.v1", Topics.REGISTRY,
            RegistryIncomingAssigned.class),
    REGISTRY_INCOMING_CONCLUDED("gongwen.registry.incoming-concluded.v1", Topics.REGISTRY,
            RegistryIncomingConcluded.class),
    REGISTRY_MATTER_CONCLUDED("gongwen.registry.matter-concluded.v1", Topics.REGISTRY, RegistryMatterConcluded.class),
    REVIEW_ORGANISATION_CHANGED("gongwen.review.organisation-changed.v1", Topics.REVIEW,
            ReviewOrganisationChanged.class),
    REGISTRY_REMINDER_DUE("gongwen.registry.reminder-due.v1", Topics.REGISTRY, RegistryReminderDue.class),
    REGISTRY_ESCALATED("gongwen.registry.escalated.v1", Topics.REGISTRY, RegistryEscalated.class),
    DRAFT_REPLY_STARTED("gongwen.draft.reply-started.v1", Topics.DRAFTING, DraftReplyStarted.class);

    private final String typeName;
    private final String topic;
    private final Class<? extends GongwenEvent> payloadType;

    EventType(String typeName, String topic, Class<? extends GongwenEvent> payloadType) {
        this.typeName = typeName;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    public String typeName() {
        return typeName;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends GongwenEvent> payloadType() {
        return payloadType;
    }

    /** Classpath location of the JSON Schema of this type's payload. */
    public String schemaResource() {
        return "/schemas/" + typeName + ".schema.json";
    }

    public static Optional<EventType> byTypeName(String typeName) {
        return Arrays.stream(values()).filter(t -> t.typeName.equals(typeName)).findFirst();
    }

    static EventType of(Class<?> payloadType) {
        return Arrays.stream(values()).filter(t -> t.payloadType.equals(payloadType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + payloadType));
    }
}
