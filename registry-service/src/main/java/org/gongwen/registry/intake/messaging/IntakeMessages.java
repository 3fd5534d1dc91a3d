package org.gongwen.registry.intake.messaging;

import java.util.Optional;
import java.util.UUID;

import org.gongwen.events.GongwenEvent;
import org.gongwen.events.RegistryIncomingAssigned;
import org.gongwen.events.RegistryIncomingRegistered;
import org.gongwen.registry.intake.domain.IntakeEvents.HandlingAssigned;
import org.gongwen.registry.intake.domain.IntakeEvents.IncomingRegistered;
import org.gongwen.registry.shared.domain.RegistryEvent;

/**
 * The 收文 events other services may act on (登记, 批办 — the units to notify), keyed by the 收文's id. 办结 leaves
 * as the archive's full record (the filing slice); 初审, 拟办, 转办 requests and extensions stay in the 收文's trail.
 */
public final class IntakeMessages {

    /** The registry's documents have no review rounds (events README). */
    static final int REVISION = 1;

    private IntakeMessages() {
    }

    public static Optional<GongwenEvent> of(RegistryEvent event) {
        if (event instanceof IncomingRegistered r) {
            return Optional.of(new RegistryIncomingRegistered(id(r.documentId()), REVISION, r.receiptNumber(),
                    r.senderOrgan(), r.title(), r.registeredBy(), r.at()));
        }
        if (event instanceof HandlingAssigned a) {
            return Optional.of(new RegistryIncomingAssigned(id(a.documentId()), REVISION, a.leadUnit(),
                    a.assistingUnits(), a.deadline(), a.instruction(), a.assignedBy(), a.at()));
        }
        return Optional.empty();
    }

    private static String id(UUID id) {
        return id.toString();
    }
}
