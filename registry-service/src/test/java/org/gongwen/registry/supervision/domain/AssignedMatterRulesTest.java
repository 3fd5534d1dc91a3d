package org.gongwen.registry.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.done;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.shared.domain.Person;
import org.gongwen.registry.supervision.domain.AssignedMatter.Source;
import org.junit.jupiter.api.Test;

class AssignedMatterRulesTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Person WANGQIANG = new Person("wangqiang", "王强", "JLD", Set.of("CHIEF"), Classification.绝密);
    static final Person ZHANGWEI = new Person("zhangwei", "张伟", "SHJZ", Set.of("CLERK"), Classification.秘密);
    static final Person LINA = new Person("lina", "李娜", "YLFW", Set.of("CLERK"), Classification.秘密);

    static AssignedMatter assigned(LocalDate deadline) {
        return done(AssignedMatter.assign(Source.MEETING, null, "12月15日前摸清全市低保边缘户底数", "SHJZ", deadline,
                WANGQIANG, NOW));
    }

    @Test
    void SUP_ASSIGN_1_aLeaderAssignsWhatToDoToAUnitByADeadline() {
        assertThat(refusal(AssignedMatter.assign(Source.AD_HOC, null, "摸底", "SHJZ", TODAY, ZHANGWEI, NOW)).code())
                .isEqualTo("matter-assign-not-leader");
        var refused = refusal(AssignedMatter.assign(Source.INSTRUCTION, null, " ", "", null, WANGQIANG, NOW));
        assertThat(refused.violations()).extracting(RuleViolation::field)
                .containsExactly("matter", "unit", "deadline", "sourceDocumentId");
        assertThat(refusal(AssignedMatter.assign(Source.AD_HOC, null, "摸底", "SHJZ", TODAY.minusDays(1), WANGQIANG,
                NOW)).rule()).isEqualTo("SUP-ASSIGN-1");
        assertThat(done(AssignedMatter.assign(Source.INSTRUCTION, UUID.randomUUID(), "按批示办理", "SHJZ", TODAY,
                WANGQIANG, NOW)).concluded()).isFalse();
    }

    @Test
    void SUP_PROGRESS_1_theHandlingUnitReportsProgress() {
        AssignedMatter matter = assigned(TODAY.plusDays(8));

        assertThat(refusal(matter.report(LINA, "已完成一半", NOW)).code()).isEqualTo("matter-not-handling-unit");
        assertThat(refusal(matter.report(ZHANGWEI, "", NOW)).rule()).isEqualTo("SUP-PROGRESS-1");
        AssignedMatter reported = done(matter.report(ZHANGWEI, "已完成3个街道的摸底", NOW));
        assertThat(reported.reports()).extracting(AssignedMatter.Report::progress).containsExactly("已完成3个街道的摸底");
    }

    @Test
    void SUP_DONE_1_theHandlingUnitConcludesOnceWithAResult() {
        AssignedMatter matter = assigned(TODAY.plusDays(8));

        assertThat(refusal(matter.conclude(ZHANGWEI, "", NOW)).rule()).isEqualTo("SUP-DONE-1");
        AssignedMatter concluded = done(matter.conclude(ZHANGWEI, "底数已报局领导", NOW));
        assertThat(concluded.concluded()).isTrue();
        assertThat(refusal(concluded.report(ZHANGWEI, "补充", NOW)).code()).isEqualTo("matter-concluded");
    }

    @Test
    void anOpenMatterIsOverdueTheDayAfterItsDeadlineAndAConcludedOneNever() {
        AssignedMatter matter = assigned(TODAY);

        assertThat(matter.overdue(Instant.parse("2026-12-07T15:59:59Z"), WorkingCalendar.WEEKDAYS)).isFalse();
        assertThat(matter.overdue(Instant.parse("2026-12-07T16:00:00Z"), WorkingCalendar.WEEKDAYS)).isTrue();
        assertThat(done(matter.conclude(ZHANGWEI, "已办", NOW)).overdue(Instant.parse("2026-12-09T00:00:00Z"),
                WorkingCalendar.WEEKDAYS)).isFalse();
    }
}
