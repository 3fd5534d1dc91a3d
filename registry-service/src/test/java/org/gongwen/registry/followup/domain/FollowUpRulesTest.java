package org.gongwen.registry.followup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.followup.domain.FollowingUp.FollowUp;
import org.gongwen.registry.followup.domain.FollowingUp.Sent;
import org.gongwen.registry.followup.domain.Notice.Escalated;
import org.gongwen.registry.followup.domain.Notice.Kind;
import org.gongwen.registry.followup.domain.OpenItem.OnDay;
import org.junit.jupiter.api.Test;

/** 催办 of 签收, 承办 and 交办事项 on the office's working-day calendar (REG-DUE-1, REG-URGE-1..4). */
class FollowUpRulesTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.WEEKDAYS;
    /** 2026 劳动节 style: Friday 05-01 off, Saturday 05-09 worked (调休上班). */
    private static final WorkingCalendar MAY_DAY = new WorkingCalendar(WorkingCalendar.ZONE,
            Set.of(LocalDate.of(2026, 5, 1)), Set.of(LocalDate.of(2026, 5, 9)));
    private static final FollowUpPolicy POLICY = FollowUpPolicy.DEFAULT;

    /** Monday 2026-03-02 09:00 Shanghai. */
    private static final Instant MONDAY_9 = Instant.parse("2026-03-02T01:00:00Z");

    private static OpenItem matterDue(LocalDate deadline, Instant since) {
        return new OpenItem(OpenItem.Kind.MATTER, UUID.randomUUID(), UUID.randomUUID(), "落实救助资金", "SHJZ", since,
                new OnDay(deadline), "wangqiang", "JLD");
    }

    private static Instant shanghai(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
    }

    @Test
    void regDue1_aDeadlineOnADayOffEndsWithTheNextWorkingDay() {
        // deadline Saturday 03-07: not overdue on Monday 03-09, overdue on Tuesday 03-10
        OpenItem item = matterDue(LocalDate.of(2026, 3, 7), MONDAY_9);
        FollowUp monday = FollowingUp.due(item, new Sent("2026-03-07", MONDAY_9, null, null),
                shanghai("2026-03-09T10:00"), CALENDAR, POLICY);
        assertThat(monday.notices()).isEmpty();
        assertThat(monday.nextAt()).isEqualTo(shanghai("2026-03-10T00:00"));
        FollowUp tuesday = FollowingUp.due(item, monday.sent(), shanghai("2026-03-10T08:00"), CALENDAR, POLICY);
        assertThat(tuesday.notices()).extracting(Notice::kind).containsExactly(Kind.OVERDUE);
    }

    @Test
    void regUrge1_nothingGoesOutOnADayTheOfficeIsClosed() {
        // deadline Thursday 04-30; Friday 05-01 is a holiday, Saturday 05-02 a weekend: the first 催办 is Monday 05-04
        OpenItem item = matterDue(LocalDate.of(2026, 4, 30), shanghai("2026-04-20T09:00"));
        Sent reminded = new Sent("2026-04-30", shanghai("2026-04-25T09:00"), null, null);
        FollowUp holiday = FollowingUp.due(item, reminded, shanghai("2026-05-01T09:00"), MAY_DAY, POLICY);
        assertThat(holiday.notices()).isEmpty();
        assertThat(holiday.nextAt()).isEqualTo(shanghai("2026-05-04T00:00"));
        FollowUp monday = FollowingUp.due(item, holiday.sent(), holiday.nextAt(), MAY_DAY, POLICY);
        assertThat(monday.notices()).extracting(Notice::kind).containsExactly(Kind.OVERDUE);
    }

    @Test
    void regUrge1_anAdjustedWorkdayIsAWorkingDayForUrging() {
        OpenItem item = matterDue(LocalDate.of(2026, 5, 8), shanghai("2026-05-04T09:00"));
        Sent reminded = new Sent("2026-05-08", shanghai("2026-05-06T09:00"), null, null);
        FollowUp saturday = FollowingUp.due(item, reminded, shanghai("2026-05-09T09:00"), MAY_DAY, POLICY);
        assertThat(saturday.notices()).extracting(Notice::kind).contains(Kind.OVERDUE);
    }

    @Test
    void regUrge2_oneReminderOnceTheGivenShareOfTheTimeHasPassed() {
        // since Monday 09:00, deadline Thursday 03-05 (ends Friday 00:00): half the 87 hours pass Wednesday 04:30
        OpenItem item = matterDue(LocalDate.of(2026, 3, 5), MONDAY_9);
        FollowUp early = FollowingUp.due(item, Sent.NOTHING, shanghai("2026-03-03T10:00"), CALENDAR, POLICY);
        assertThat(early.notices()).isEmpty();
        assertThat(early.nextAt()).isEqualTo(shanghai("2026-03-04T04:30"));
        FollowUp half = FollowingUp.due(item, early.sent(), early.nextAt(), CALENDAR, POLICY);
        assertThat(half.notices()).extracting(Notice::kind).containsExactly(Kind.REMINDER);
        assertThat(half.nextAt()).isEqualTo(shanghai("2026-03-06T00:00"));
        FollowUp again = FollowingUp.due(item, half.sent(), shanghai("2026-03-04T10:00"), CALENDAR, POLICY);
        assertThat(again.notices()).isEmpty();
    }

    @Test
    void regUrge3_overdueIsUrgedOncePerWorkingDayUntilDone() {
        OpenItem item = matterDue(LocalDate.of(2026, 3, 5), MONDAY_9);
        Sent reminded = new Sent("2026-03-05", MONDAY_9, null, null);
        FollowUp friday = FollowingUp.due(item, reminded, shanghai("2026-03-06T00:00"), CALENDAR, POLICY);
        assertThat(friday.notices()).extracting(Notice::kind).containsExactly(Kind.OVERDUE);
        FollowUp fridayAgain = FollowingUp.due(item, friday.sent(), shanghai("2026-03-06T15:00"), CALENDAR, POLICY);
        assertThat(fridayAgain.notices()).isEmpty();
        assertThat(fridayAgain.nextAt()).isEqualTo(shanghai("2026-03-09T00:00"));
        FollowUp monday = FollowingUp.due(item, fridayAgain.sent(), fridayAgain.nextAt(), CALENDAR, POLICY);
        assertThat(monday.notices()).extracting(Notice::kind).containsExactly(Kind.OVERDUE, Kind.ESCALATED);
        assertThat(monday.notices()).allMatch(n -> n.day().equals(LocalDate.of(2026, 3, 9)));
    }

    @Test
    void regUrge4_escalatedOnceToTheLeaderWhoSetTheDeadlineAfterTheGivenWorkingDays() {
        OpenItem item = matterDue(LocalDate.of(2026, 3, 5), MONDAY_9);
        Sent sent = new Sent("2026-03-05", MONDAY_9, LocalDate.of(2026, 3, 6), null);
        FollowUp monday = FollowingUp.due(item, sent, shanghai("2026-03-09T09:00"), CALENDAR, POLICY);
        Escalated escalated = (Escalated) monday.notices().get(1);
        assertThat(escalated.escalatedTo()).isEqualTo("wangqiang");
        assertThat(escalated.dueAt()).isEqualTo(shanghai("2026-03-06T00:00"));
        FollowUp tuesday = FollowingUp.due(item, monday.sent(), shanghai("2026-03-10T09:00"), CALENDAR, POLICY);
        assertThat(tuesday.notices()).extracting(Notice::kind).containsExactly(Kind.OVERDUE);
    }

    @Test
    void regUrge4_withNobodyToEscalateToOnlyTheHolderIsUrged() {
        OpenItem item = new OpenItem(OpenItem.Kind.DELIVERY, UUID.randomUUID(), UUID.randomUUID(), "通知", "SHJZ",
                MONDAY_9, new OpenItem.At(shanghai("2026-03-03T09:00")), null, null);
        FollowUp later = FollowingUp.due(item, Sent.NOTHING, shanghai("2026-03-10T09:00"), CALENDAR, POLICY);
        assertThat(later.notices()).extracting(Notice::kind).containsExactly(Kind.OVERDUE);
    }

    @Test
    void aNewDeadlineStartsTheFollowUpAfresh() {
        OpenItem extended = matterDue(LocalDate.of(2026, 3, 20), MONDAY_9);
        Sent underOldDeadline = new Sent("2026-03-05", MONDAY_9, LocalDate.of(2026, 3, 6), shanghai("2026-03-09T09:00"));
        FollowUp after = FollowingUp.due(extended, underOldDeadline, shanghai("2026-03-10T09:00"), CALENDAR, POLICY);
        assertThat(after.notices()).isEmpty();
        assertThat(after.sent().basis()).isEqualTo("2026-03-20");
        assertThat(after.sent().escalatedAt()).isNull();
    }

    @Test
    void theNextLookIsAlwaysLaterThanNow() {
        OpenItem item = matterDue(LocalDate.of(2026, 3, 5), MONDAY_9);
        Sent sent = Sent.NOTHING;
        for (Instant now = MONDAY_9; now.isBefore(shanghai("2026-03-20T00:00")); ) {
            FollowUp f = FollowingUp.due(item, sent, now, CALENDAR, POLICY);
            assertThat(f.nextAt()).isAfter(now);
            sent = f.sent();
            now = f.nextAt();
        }
        assertThat(sent.escalatedAt()).isNotNull();
    }
}
