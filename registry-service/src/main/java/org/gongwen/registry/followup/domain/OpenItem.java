package org.gongwen.registry.followup.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.gongwen.kernel.WorkingCalendar;
import org.jspecify.annotations.Nullable;

/**
 * Something the registry waits on from a unit, as 催办 sees it: which item, the document it belongs to (the key of its
 * events), who holds it since when, its deadline and whom an overdue item is escalated to.
 *
 * @param escalateTo     the leader who set the deadline (批办, 交办), or null where the office oversees it (签收)
 * @param escalateToUnit that leader's unit, or the office
 */
public record OpenItem(Kind kind, UUID itemId, UUID documentId, String title, String holderUnit, Instant since,
                       Deadline deadline, @Nullable String escalateTo, @Nullable String escalateToUnit) {

    public enum Kind { DELIVERY, INCOMING, MATTER }

    /** A deadline as it was given: a moment (签收, reckoned in working days when the delivery was made) or a day. */
    public sealed interface Deadline {

        /** When the holder's time is up. */
        Instant end(WorkingCalendar calendar);

        /** The raw value, to notice when it changed (延期, a new 批办). */
        String basis();
    }

    public record At(Instant due) implements Deadline {
        @Override
        public Instant end(WorkingCalendar calendar) {
            return due;
        }

        @Override
        public String basis() {
            return due.toString();
        }
    }

    /** REG-DUE-1: a day's deadline ends with that day, or with the next working day if the office is closed then. */
    public record OnDay(LocalDate day) implements Deadline {
        @Override
        public Instant end(WorkingCalendar calendar) {
            return calendar.endOfDeadline(day);
        }

        @Override
        public String basis() {
            return day.toString();
        }
    }
}
