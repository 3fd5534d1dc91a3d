package org.gongwen.registry.followup.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.gongwen.registry.shared.domain.RegistryEvent;
import org.jspecify.annotations.Nullable;

/** A 催办 that went out: recorded in the item's trail (once per item, kind and day) and published. */
public sealed interface Notice extends RegistryEvent {

    enum Kind { REMINDER, OVERDUE, ESCALATED }

    OpenItem item();

    Kind kind();

    /** The office's day it belongs to: at most one notice of a kind per item and day. */
    LocalDate day();

    Instant dueAt();

    @Override
    default UUID documentId() {
        return item().documentId();
    }

    /** REMINDER (time is running out) or OVERDUE (the deadline passed: 催办 once each working day), to the holder. */
    record ReminderDue(OpenItem item, Kind kind, LocalDate day, Instant dueAt, Instant at) implements Notice {
    }

    /** The overdue item is put before the leader who set its deadline (or the office). */
    record Escalated(OpenItem item, LocalDate day, Instant dueAt, @Nullable String escalatedTo,
                     @Nullable String escalatedToUnit, Instant at) implements Notice {
        @Override
        public Kind kind() {
            return Kind.ESCALATED;
        }
    }
}
