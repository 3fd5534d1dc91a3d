package org.gongwen.registry.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.gongwen.registry.shared.domain.RegistryEvent;
import org.jspecify.annotations.Nullable;

/** What happens to a 收文, in the past tense. */
public final class IntakeEvents {

    private IntakeEvents() {
    }

    public record IncomingRegistered(UUID documentId, String receiptNumber, String senderOrgan, String title,
                                     String registeredBy, Instant at) implements RegistryEvent {
    }

    public record IncomingReturnedToSender(UUID documentId, String reason, String checkedBy, Instant at)
            implements RegistryEvent {
    }

    public record IncomingAccepted(UUID documentId, String checkedBy, Instant at) implements RegistryEvent {
    }

    public record HandlingProposed(UUID documentId, String proposal, String proposedBy, Instant at)
            implements RegistryEvent {
    }

    public record HandlingAssigned(UUID documentId, String leadUnit, List<String> assistingUnits,
                                   @Nullable LocalDate deadline, String instruction, String assignedBy, Instant at)
            implements RegistryEvent {
    }

    public record TransferRequested(UUID documentId, String fromUnit, String reason, String requestedBy, Instant at)
            implements RegistryEvent {
    }

    public record DeadlineExtended(UUID documentId, LocalDate deadline, String reason, String extendedBy, Instant at)
            implements RegistryEvent {
    }

    public record IncomingConcluded(UUID documentId, String result, @Nullable UUID replyDocumentId,
                                    String concludedBy, Instant at) implements RegistryEvent {
    }

    /** 答复起草: a reply draft of drafting-service answers this 收文 (stays in the trail; drafting announced it). */
    public record ReplyDraftRecorded(UUID documentId, UUID draftId, String drafter, Instant at) implements RegistryEvent {
    }
}
