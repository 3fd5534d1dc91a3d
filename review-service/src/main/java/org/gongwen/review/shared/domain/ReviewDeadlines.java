package org.gongwen.review.shared.domain;

import java.time.Duration;
import java.time.Instant;

import org.gongwen.kernel.WorkingCalendar;

/**
 * How long a reviewer has for a step, by 紧急程度 (条例 第二十四条: 紧急公文 has a 办理时限). Each allowance is
 * either clock time ({@code 4h} for 特急: urgent work does not wait for Monday) or working days on the
 * {@link WorkingCalendar} (加急 1, ordinary 3 by default).
 */
public record ReviewDeadlines(Allowance urgent, Allowance expedited, Allowance normal, WorkingCalendar calendar) {

    /** Clock time if {@code workingDays} is 0, else that many working days. */
    public record Allowance(Duration clock, int workingDays) {

        public static Allowance hours(long hours) {
            return new Allowance(Duration.ofHours(hours), 0);
        }

        public static Allowance workingDays(int days) {
            return new Allowance(Duration.ZERO, days);
        }

        /** {@code 4h}, {@code 90m}, {@code PT4H} are clock time; {@code 3d} / {@code 3 working days} are working days. */
        public static Allowance parse(String text) {
            String t = text.trim().toLowerCase();
            if (t.endsWith("working days") || t.endsWith("working day") || t.endsWith("wd") || t.endsWith("d")) {
                return workingDays(Integer.parseInt(t.replaceAll("[^0-9]", "")));
            }
            if (t.startsWith("pt")) {
                return new Allowance(Duration.parse(t), 0);
            }
            if (t.endsWith("h")) {
                return new Allowance(Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1).trim())), 0);
            }
            if (t.endsWith("m")) {
                return new Allowance(Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1).trim())), 0);
            }
            throw new IllegalArgumentException("not a deadline allowance: " + text);
        }

        Instant from(Instant start, WorkingCalendar calendar) {
            return workingDays > 0 ? calendar.plusWorkingDays(start, workingDays) : start.plus(clock);
        }
    }

    public static final ReviewDeadlines DEFAULT = new ReviewDeadlines(Allowance.hours(4), Allowance.workingDays(1),
            Allowance.workingDays(3), WorkingCalendar.WEEKDAYS);

    public Instant dueAt(String urgency, Instant assignedAt) {
        if ("特急".equals(urgency)) {
            return urgent.from(assignedAt, calendar);
        }
        if ("加急".equals(urgency)) {
            return expedited.from(assignedAt, calendar);
        }
        return normal.from(assignedAt, calendar);
    }
}
