package org.gongwen.registry.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.done;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
        return done(AssignedMatter.assign(Source.MEETING, null, null, null, "12月15日前摸清全市低保边缘户底数", "SHJZ", deadline,
                WANGQIANG, NOW));
    }

    @Test
    void SUP_ASSIGN_1_aLeaderAssignsWhatToDoToAUnitByADeadline() {
        assertThat(refusal(AssignedMatter.assign(Source.AD_HOC, null, null, null, "摸底", "SHJZ", TODAY, ZHANGWEI, NOW)).code())
                .isEqualTo("matter-assign-not-leader");
        var refused = refusal(AssignedMatter.assign(Source.INSTRUCTION, null, null, null, " ", "", null, WANGQIANG, NOW));
        assertThat(refused.violations()).extracting(RuleViolation::field)
                .containsExactly("matter", "unit", "deadline", "sourceDocumentId");
        assertThat(refusal(AssignedMatter.assign(Source.AD_HOC, null, null, null, "摸底", "SHJZ", TODAY.minusDays(1), WANGQIANG,
                NOW)).rule()).isEqualTo("SUP-ASSIGN-1");
        assertThat(done(AssignedMatter.assign(Source.INSTRUCTION, UUID.randomUUID(), Classification.非密, null, "按批示办理", "SHJZ", TODAY,
                WANGQIANG, NOW)).concluded()).isFalse();
    }

    static AssignedMatter fromInstruction(Classification source, String stated) {
        return done(AssignedMatter.assign(Source.INSTRUCTION, UUID.randomUUID(), source, stated, "按批示摸排", "SHJZ",
                TODAY.plusDays(8), WANGQIANG, NOW));
    }

    @Test
    void SUP_ASSIGN_2_aMatterFromAnInstructionCarriesItsDocumentsClassificationNeverLower() {
        assertThat(fromInstruction(Classification.机密, null).classification()).isEqualTo(Classification.机密);
        assertThat(fromInstruction(Classification.秘密, "绝密").classification()).isEqualTo(Classification.绝密);
        assertThat(fromInstruction(Classification.非密, null).classification()).isEqualTo(Classification.非密);
        var lowered = refusal(AssignedMatter.assign(Source.INSTRUCTION, UUID.randomUUID(), Classification.机密, "秘密",
                "按批示摸排", "SHJZ", TODAY, WANGQIANG, NOW));
        assertThat(lowered.rule()).isEqualTo("SUP-ASSIGN-2");
        assertThat(lowered.violations()).extracting(RuleViolation::field).containsExactly("classification");
        assertThat(done(AssignedMatter.assign(Source.MEETING, null, null, "秘密", "会议交办", "SHJZ", TODAY,
                WANGQIANG, NOW)).classification()).isEqualTo(Classification.秘密);
        assertThat(refusal(AssignedMatter.assign(Source.MEETING, null, null, "内部", "会议交办", "SHJZ", TODAY,
                WANGQIANG, NOW)).rule()).isEqualTo("GB-SEC-1");
    }

    @Test
    void SUP_ASSIGN_2_aSourceUnknownToTheRegistryOrAboveTheLeadersClearanceIsRefusedAlike() {
        Person sunli = new Person("sunli", "孙立", "JLD", Set.of("DEPUTY_DIRECTOR"), Classification.机密);
        var unknown = refusal(AssignedMatter.assign(Source.INSTRUCTION, UUID.randomUUID(), null, null, "按批示办理",
                "SHJZ", TODAY, WANGQIANG, NOW));
        var aboveClearance = refusal(AssignedMatter.assign(Source.INSTRUCTION, UUID.randomUUID(), Classification.绝密,
                null, "按批示办理", "SHJZ", TODAY, sunli, NOW));
        for (var refused : List.of(unknown, aboveClearance)) {
            assertThat(refused.rule()).isEqualTo("SUP-ASSIGN-2");
            assertThat(refused.violations()).extracting(RuleViolation::field).containsExactly("sourceDocumentId");
        }
        assertThat(unknown.violations().get(0).messageZh()).isEqualTo(aboveClearance.violations().get(0).messageZh());
        assertThat(refusal(AssignedMatter.assign(Source.AD_HOC, null, null, "绝密", "交办", "SHJZ", TODAY, sunli, NOW))
                .rule()).isEqualTo("SUP-ASSIGN-2");
    }

    @Test
    void SUP_CLEAR_1_onlyCleared承办PeopleSeeReportAndConcludeAClassifiedMatter() {
        AssignedMatter secret = fromInstruction(Classification.机密, null);
        Person zhangweiCleared = new Person("zhangwei", "张伟", "SHJZ", Set.of("CLERK"), Classification.机密);

        assertThat(secret.visibleTo(ZHANGWEI, "BGS")).isFalse();
        assertThat(secret.visibleTo(zhangweiCleared, "BGS")).isTrue();
        assertThat(secret.visibleTo(WANGQIANG, "BGS")).isTrue();
        assertThat(secret.visibleTo(new Person("lina", "李娜", "YLFW", Set.of("CLERK"), Classification.绝密), "BGS"))
                .isFalse();
        var refused = refusal(secret.report(ZHANGWEI, "已开始", NOW));
        assertThat(refused.code()).isEqualTo("matter-clearance");
        assertThat(refused.rule()).isEqualTo("SUP-CLEAR-1");
        assertThat(refusal(secret.conclude(ZHANGWEI, "已办", NOW)).rule()).isEqualTo("SUP-CLEAR-1");
        assertThat(done(secret.report(zhangweiCleared, "已开始", NOW)).reports()).hasSize(1);
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
