package org.gongwen.review.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.review.decision.domain.Signing;
import org.gongwen.review.shared.domain.ReviewDeadlines.Allowance;
import org.junit.jupiter.api.Test;

/** 条例 第二十四条: 紧急公文 has a 办理时限; the time limits per 紧急程度 and the working calendar are configuration. */
class ReviewDeadlinesTest {

    /** Monday 2026-03-02 09:00 in Shanghai. */
    private static final Instant MONDAY_9 = Instant.parse("2026-03-02T01:00:00Z");
    /** Friday 2026-03-06 10:00 in Shanghai. */
    private static final Instant FRIDAY_10 = Instant.parse("2026-03-06T02:00:00Z");

    @Test
    void teJiIsDueInFourClockHoursJiaJiInOneWorkingDayOtherwiseThree() {
        assertThat(ReviewDeadlines.DEFAULT.dueAt("特急", MONDAY_9)).isEqualTo(MONDAY_9.plus(Duration.ofHours(4)));
        assertThat(ReviewDeadlines.DEFAULT.dueAt("加急", MONDAY_9)).isEqualTo(MONDAY_9.plus(Duration.ofDays(1)));
        assertThat(ReviewDeadlines.DEFAULT.dueAt(null, MONDAY_9)).isEqualTo(MONDAY_9.plus(Duration.ofDays(3)));
    }

    @Test
    void aDeadlineCrossingAWeekendSkipsSaturdayAndSunday() {
        assertThat(ReviewDeadlines.DEFAULT.dueAt("加急", FRIDAY_10)).isEqualTo(Instant.parse("2026-03-09T02:00:00Z"));
        assertThat(ReviewDeadlines.DEFAULT.dueAt(null, FRIDAY_10)).isEqualTo(Instant.parse("2026-03-11T02:00:00Z"));
    }

    @Test
    void teJiClockTimeRunsThroughTheWeekend() {
        Instant fridayEvening = Instant.parse("2026-03-06T10:00:00Z"); // 18:00 Shanghai
        assertThat(ReviewDeadlines.DEFAULT.dueAt("特急", fridayEvening)).isEqualTo(Instant.parse("2026-03-06T14:00:00Z"));
    }

    @Test
    void aStepAssignedOnADayOffGetsTheWholeNextWorkingDay() {
        Instant saturday10 = Instant.parse("2026-03-07T02:00:00Z");
        // Saturday → Monday 00:00 → + 1 working day = Tuesday 00:00 Shanghai = Monday 16:00 UTC
        assertThat(ReviewDeadlines.DEFAULT.dueAt("加急", saturday10)).isEqualTo(Instant.parse("2026-03-09T16:00:00Z"));
    }

    @Test
    void listedHolidaysAreSkippedAndAdjustedWorkdaysCount() {
        // 2026 劳动节 style: Friday 05-01 a holiday, Saturday 05-09 an adjusted workday (调休上班)
        WorkingCalendar calendar = new WorkingCalendar(Signing.CALENDAR_ZONE, Set.of(LocalDate.of(2026, 5, 1)),
                Set.of(LocalDate.of(2026, 5, 9)));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue();
        Instant thursday = Instant.parse("2026-04-30T02:00:00Z");
        assertThat(calendar.plusWorkingDays(thursday, 1)).isEqualTo(Instant.parse("2026-05-04T02:00:00Z"));
        Instant friday8 = Instant.parse("2026-05-08T02:00:00Z");
        assertThat(calendar.plusWorkingDays(friday8, 1)).isEqualTo(Instant.parse("2026-05-09T02:00:00Z"));
    }

    @Test
    void theAllowancesAreConfigurableAsClockTimeOrWorkingDays() {
        assertThat(Allowance.parse("4h")).isEqualTo(Allowance.hours(4));
        assertThat(Allowance.parse("90m")).isEqualTo(new Allowance(Duration.ofMinutes(90), 0));
        assertThat(Allowance.parse("1d")).isEqualTo(Allowance.workingDays(1));
        assertThat(Allowance.parse("3 working days")).isEqualTo(Allowance.workingDays(3));
        ReviewDeadlines fast = new ReviewDeadlines(new Allowance(Duration.ofMinutes(30), 0), Allowance.hours(2),
                Allowance.hours(8), WorkingCalendar.WEEKDAYS);
        assertThat(fast.dueAt("特急", MONDAY_9)).isEqualTo(MONDAY_9.plus(Duration.ofMinutes(30)));
    }
}
