package org.gongwen.kernel;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The office's working days: Monday to Friday, minus listed holidays (法定节假日), plus listed adjusted workdays
 * (调休上班, e.g. a Saturday before 国庆). Configured, because the State Council publishes the list each year; one
 * implementation and one setting ({@code gongwen.calendar}) for every service that reckons deadlines (review steps,
 * 签收, 承办, 交办事项), so a 催办 never goes out on a day the office is closed in one service but not in another.
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

    /** The office's calendar day of an instant. */
    public LocalDate dayOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** {@code day} itself if the office works then, else the first working day after it. */
    public LocalDate workingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The same local time {@code days} working days later: Friday 10:00 + 1 = Monday 10:00, across a weekend. A
     * start on a day off first moves to the beginning (00:00) of the next working day, so Saturday 10:00 + 1 is
     * Tuesday 00:00: the holder still gets one whole working day.
     */
    public Instant plusWorkingDays(Instant start, int days) {
        ZonedDateTime at = start.atZone(zone);
        if (!isWorkingDay(at.toLocalDate())) {
            at = workingDayFrom(at.toLocalDate()).atStartOfDay(zone);
        }
        for (int counted = 0; counted < days; ) {
            at = at.plusDays(1);
            if (isWorkingDay(at.toLocalDate())) {
                counted++;
            }
        }
        return at.toInstant();
    }

    /**
     * When a deadline given as a date ends: at the end of that day, or, if the office is closed that day, at the end
     * of the next working day (期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日 — 民法典 第二百零三条).
     */
    public Instant endOfDeadline(LocalDate deadline) {
        return workingDayFrom(deadline).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The start (00:00) of the first working day after the day of {@code at}. */
    public Instant nextWorkingDayStart(Instant at) {
        return workingDayFrom(dayOf(at).plusDays(1)).atStartOfDay(zone).toInstant();
    }
}
