package org.gongwen.review.shared.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The office's working days: Monday to Friday, minus listed holidays (法定节假日), plus listed adjusted workdays
 * (调休上班, e.g. a Saturday before 国庆). Configured, because the State Council publishes the list each year.
 */
public record WorkingCalendar(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays) {

    /** The office's time zone (Asia/Shanghai): working days, 成文日期 and the 文号's year are reckoned in it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static final WorkingCalendar WEEKDAYS = new WorkingCalendar(ZONE, Set.of(), Set.of());

    public WorkingCalendar {
        holidays = Set.copyOf(holidays);
        adjustedWorkdays = Set.copyOf(adjustedWorkdays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (adjustedWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The same local time {@code days} working days later: Friday 10:00 + 1 = Monday 10:00, across a weekend. A
     * start on a day off first moves to the beginning (00:00) of the next working day, so Saturday 10:00 + 1 is
     * Tuesday 00:00: the reviewer still gets one whole working day.
     */
    public Instant plusWorkingDays(Instant start, int days) {
        ZonedDateTime at = start.atZone(zone);
        if (!isWorkingDay(at.toLocalDate())) {
            LocalDate day = at.toLocalDate().plusDays(1);
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            at = day.atStartOfDay(zone);
        }
        for (int counted = 0; counted < days; ) {
            at = at.plusDays(1);
            if (isWorkingDay(at.toLocalDate())) {
                counted++;
            }
        }
        return at.toInstant();
    }
}
