package org.gongwen.registry.followup.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.followup.domain.Notice.Escalated;
import org.gongwen.registry.followup.domain.Notice.ReminderDue;
import org.jspecify.annotations.Nullable;

/**
 * "不让领导交办的工作在我手中延误": 催办 of an open registry item on the office's working-day calendar.
 * <ul>
 * <li>REG-DUE-1 a deadline given as a day ends with that day, or with the next working day ({@link OpenItem.OnDay});
 * <li>REG-URGE-1 nothing goes out on a day the office is closed;
 * <li>REG-URGE-2 one REMINDER once {@link FollowUpPolicy#fraction()} of the holder's time has passed, before the
 *     deadline;
 * <li>REG-URGE-3 from the deadline, an OVERDUE 催办 once per working day until the item is done;
 * <li>REG-URGE-4 one escalation, {@link FollowUpPolicy#escalateAfterWorkingDays()} working days after the deadline,
 *     to the leader who set it (or the office); never an automatic decision.
 * </ul>
 * What was sent is kept per deadline ({@link Sent#basis()}): a new deadline (延期, a new 批办) starts afresh.
 */
public final class FollowingUp {

    private FollowingUp() {
    }

    /** What went out for an item's current deadline. */
    public record Sent(@Nullable String basis, @Nullable Instant remindedAt, @Nullable LocalDate lastOverdueDay,
                       @Nullable Instant escalatedAt) {

        public static final Sent NOTHING = new Sent(null, null, null, null);
    }

    /** The notices due now, what has then been sent, and when to look at the item again (always after now). */
    public record FollowUp(List<Notice> notices, Sent sent, Instant nextAt) {
        public FollowUp {
            notices = List.copyOf(notices);
        }
    }

    public static FollowUp due(OpenItem item, Sent sentBefore, Instant now, WorkingCalendar calendar,
                               FollowUpPolicy policy) {
        String basis = item.deadline().basis();
        Sent sent = basis.equals(sentBefore.basis()) ? sentBefore : new Sent(basis, null, null, null);
        Instant due = item.deadline().end(calendar);
        Instant reminderAt = reminderAt(item.since(), due, policy.fraction());
        Instant escalateAt = calendar.plusWorkingDays(due, policy.escalateAfterWorkingDays());
        boolean escalates = item.escalateTo() != null || item.escalateToUnit() != null;
        LocalDate today = calendar.dayOf(now);
        List<Notice> notices = new ArrayList<>();
        if (calendar.isWorkingDay(today)) {
            if (now.isBefore(due) && sent.remindedAt() == null && !now.isBefore(reminderAt)) {
                notices.add(new ReminderDue(item, Notice.Kind.REMINDER, today, due, now));
                sent = new Sent(basis, now, sent.lastOverdueDay(), sent.escalatedAt());
            }
            if (!now.isBefore(due) && !today.equals(sent.lastOverdueDay())) {
                notices.add(new ReminderDue(item, Notice.Kind.OVERDUE, today, due, now));
                sent = new Sent(basis, sent.remindedAt(), today, sent.escalatedAt());
            }
            if (escalates && sent.escalatedAt() == null && !now.isBefore(escalateAt)) {
                notices.add(new Escalated(item, today, due, item.escalateTo(), item.escalateToUnit(), now));
                sent = new Sent(basis, sent.remindedAt(), sent.lastOverdueDay(), now);
            }
        }
        List<Instant> pending = new ArrayList<>();
        if (now.isBefore(due)) {
            pending.add(due);
            if (sent.remindedAt() == null) {
                pending.add(reminderAt);
            }
        } else {
            pending.add(calendar.nextWorkingDayStart(now));
        }
        if (escalates && sent.escalatedAt() == null) {
            pending.add(escalateAt);
        }
        Instant nextWorkingDay = calendar.nextWorkingDayStart(now);
        // a time already passed is one the office was closed at (REG-URGE-1): look again when it opens
        Instant next = pending.stream().map(t -> t.isAfter(now) ? t : nextWorkingDay).min(Instant::compareTo)
                .orElse(nextWorkingDay);
        return new FollowUp(notices, sent, next);
    }

    private static Instant reminderAt(Instant since, Instant due, double fraction) {
        if (!due.isAfter(since)) {
            return since;
        }
        long millis = Duration.between(since, due).toMillis();
        return since.plusMillis((long) (millis * fraction));
    }
}
