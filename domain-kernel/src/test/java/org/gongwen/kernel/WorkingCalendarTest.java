package org.gongwen.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The office's working days, as every service reckons deadlines and 催办 on them. */
class WorkingCalendarTest {

    /** 2026 国庆 style: 10-01..10-07 off, Sunday 09-27 and Saturday 10-10 adjusted workdays (调休上班). */
    private static final WorkingCalendar NATIONAL_DAY = new WorkingCalendar(WorkingCalendar.ZONE,
            Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            Set.of(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 10)));

    @Test
    void weekendsAndListedHolidaysAreOffAndAdjustedWorkdaysAreWorked() {
        assertThat(NATIONAL_DAY.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(NATIONAL_DAY.isWorkingDay(LocalDate.of(2026, 10, 3))).isFalse(); // Saturday
        assertThat(NATIONAL_DAY.isWorkingDay(LocalDate.of(2026, 9, 27))).isTrue(); // Sunday, 调休上班
        assertThat(NATIONAL_DAY.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
    }

    @Test
    void aWorkingDayDeadlineSkipsTheHolidayWeek() {
        Instant wednesday10 = Instant.parse("2026-09-30T02:00:00Z");
        assertThat(NATIONAL_DAY.plusWorkingDays(wednesday10, 1)).isEqualTo(Instant.parse("2026-10-08T02:00:00Z"));
    }

    @Test
    void aDateDeadlineEndsAtTheEndOfItsDay() {
        // Thursday 2026-03-05 ends at Friday 00:00 Shanghai = Thursday 16:00 UTC
        assertThat(WorkingCalendar.WEEKDAYS.endOfDeadline(LocalDate.of(2026, 3, 5)))
                .isEqualTo(Instant.parse("2026-03-05T16:00:00Z"));
    }

    @Test
    void aDateDeadlineOnADayOffMovesToTheEndOfTheNextWorkingDay() {
        // 民法典 第二百零三条: a deadline on 10-03 (holiday week) ends with 10-08, the first working day after it
        assertThat(NATIONAL_DAY.endOfDeadline(LocalDate.of(2026, 10, 3)))
                .isEqualTo(Instant.parse("2026-10-08T16:00:00Z"));
        // a Saturday deadline moves to Monday
        assertThat(WorkingCalendar.WEEKDAYS.endOfDeadline(LocalDate.of(2026, 3, 7)))
                .isEqualTo(Instant.parse("2026-03-09T16:00:00Z"));
    }

    @Test
    void theNextWorkingDayStartsAfterTheDaysOff() {
        Instant friday15 = Instant.parse("2026-03-06T07:00:00Z");
        assertThat(WorkingCalendar.WEEKDAYS.nextWorkingDayStart(friday15))
                .isEqualTo(Instant.parse("2026-03-08T16:00:00Z")); // Monday 00:00 Shanghai
        Instant lastDayBeforeHolidays = Instant.parse("2026-09-30T08:00:00Z");
        assertThat(NATIONAL_DAY.nextWorkingDayStart(lastDayBeforeHolidays))
                .isEqualTo(Instant.parse("2026-10-07T16:00:00Z"));
    }
}
