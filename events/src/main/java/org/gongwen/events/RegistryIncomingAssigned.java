package org.gongwen.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Assigned: a leader named the lead unit, any assisting units and the deadline. Published by registry-service (issue
 * 17); {@code revision} is always 1: the registry's documents have no review rounds.
 */
public record RegistryIncomingAssigned(String documentId, int revision, String leadUnit, List<String> assistingUnits,
                                       LocalDate deadline, String instruction, String assignedBy,
                                       Instant assignedAt) implements GongwenEvent {

    public RegistryIncomingAssigned {
        assistingUnits = assistingUnits == null ? List.of() : List.copyOf(assistingUnits);
    }
}
