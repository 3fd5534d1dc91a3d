package org.gongwen.registry.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.done;
import static org.gongwen.registry.shared.domain.OutcomeAssertions.refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.kernel.Refusal;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.intake.domain.IncomingDocument.Status;
import org.gongwen.registry.intake.domain.IncomingDocument.TrailEntry;
import org.gongwen.registry.shared.domain.Person;
import org.junit.jupiter.api.Test;

class IncomingDocumentRulesTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z"); // Monday 10:00 in Shanghai
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final String OFFICE = "BGS";
    static final Person QIANXIAO = new Person("qianxiao", "钱晓", "BGS", Set.of("CLERK"), Classification.秘密);
    static final Person ZHANGWEI = new Person("zhangwei", "张伟", "SHJZ", Set.of("CLERK"), Classification.秘密);
    static final Person LINA = new Person("lina", "李娜", "YLFW", Set.of("CLERK"), Classification.秘密);
    static final Person WANGQIANG = new Person("wangqiang", "王强", "JLD", Set.of("CHIEF"), Classification.绝密);
    static final Person ZHAOMIN = new Person("zhaomin", "赵敏", "BGS", Set.of("DIRECTOR"), Classification.机密);

    static Registration form(String marking, String urgency) {
        return new Registration("江城市财政局", "江财发〔2026〕31号", "江城市财政局关于报送2027年度预算建议的通知",
                marking, urgency, 2, TODAY, LocalDate.of(2026, 12, 3));
    }

    static IncomingDocument registered(Registration form) {
        return done(IncomingDocument.register(UUID.randomUUID(), year -> new ReceiptNumber(year, 12), form, QIANXIAO, OFFICE, NOW));
    }

    static IncomingDocument proposed(Registration form) {
        IncomingDocument accepted = done(registered(form).accept(QIANXIAO, OFFICE, NOW));
        return done(accepted.propose(QIANXIAO, OFFICE, "拟请社会救助科牵头办理，养老服务科协办。", NOW));
    }

    static IncomingDocument assigned(Registration form, LocalDate deadline) {
        return done(proposed(form).assign(WANGQIANG,
                new Assignment("SHJZ", List.of("YLFW"), deadline, "请社会救助科牵头，12月15日前报送。"), NOW));
    }

    @Test
    void receiptNumbersAreWrittenLikeADocumentNumber_GB_NO_1() {
        assertThat(new ReceiptNumber(2026, 7)).hasToString("收〔2026〕7号");
    }

    @Test
    void RCV_REG_1_and_2_theRegistrationFormIsCompleteAndUsesOnlyValidMarkings() {
        Registration bad = new Registration(" ", null, "", "内部", "急件", 0, TODAY.plusDays(1), TODAY.plusDays(2));

        Refusal refused = refusal(IncomingDocument.register(UUID.randomUUID(), year -> new ReceiptNumber(year, 1), bad,
                QIANXIAO, OFFICE, NOW));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.RULE_VIOLATION);
        assertThat(refused.violations()).extracting(RuleViolation::field)
                .containsExactly("senderOrgan", "title", "copies", "receivedOn", "writtenOn", "marking", "urgency");
        assertThat(refused.violations()).extracting(RuleViolation::rule).contains("RCV-REG-1", "GB-SEC-1", "GB-URG-1");
    }

    @Test
    void RCV_REG_3_onlyTheOfficeRegistersAndOnlyWhatItsClerkIsClearedFor() {
        assertThat(refusal(IncomingDocument.register(UUID.randomUUID(), year -> new ReceiptNumber(year, 1), form(null, null),
                ZHANGWEI, OFFICE, NOW)).code()).isEqualTo("incoming-register-not-office");
        assertThat(refusal(IncomingDocument.register(UUID.randomUUID(), year -> new ReceiptNumber(year, 1), form("机密", null),
                QIANXIAO, OFFICE, NOW)).code()).isEqualTo("incoming-clearance");
        IncomingDocument document = registered(form("秘密", "加急"));
        assertThat(document.status()).isEqualTo(Status.REGISTERED);
        assertThat(document.trail()).extracting(TrailEntry::action, TrailEntry::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple("登记", "收〔2026〕12号"));
    }

    @Test
    void aRefusedRegistrationTakesNoReceiptNumber_soTheSeriesStaysGapFree() {
        java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.IntFunction<ReceiptNumber> numbering = year -> new ReceiptNumber(year, taken.incrementAndGet());

        refusal(IncomingDocument.register(UUID.randomUUID(), numbering, form("内部", null), QIANXIAO, OFFICE, NOW));
        refusal(IncomingDocument.register(UUID.randomUUID(), numbering, form(null, null), ZHANGWEI, OFFICE, NOW));
        refusal(IncomingDocument.register(UUID.randomUUID(), numbering, form("机密", null), QIANXIAO, OFFICE, NOW));
        assertThat(taken).hasValue(0);
        assertThat(done(IncomingDocument.register(UUID.randomUUID(), numbering, form(null, null), QIANXIAO, OFFICE,
                NOW)).receiptNumber()).isEqualTo(new ReceiptNumber(2026, 1));
    }

    @Test
    void RCV_CHECK_1_aDocumentReturnedToItsSenderSaysWhy() {
        IncomingDocument document = registered(form(null, null));

        assertThat(refusal(document.returnToSender(QIANXIAO, OFFICE, "", NOW)).rule()).isEqualTo("RCV-CHECK-1");
        IncomingDocument returned = done(document.returnToSender(QIANXIAO, OFFICE, "请示一文多事，请分别行文。", NOW));
        assertThat(returned.status()).isEqualTo(Status.RETURNED_TO_SENDER);
        assertThat(refusal(returned.accept(QIANXIAO, OFFICE, NOW)).code()).isEqualTo("incoming-wrong-step");
    }

    @Test
    void RCV_PROPOSE_1_theOfficeProposesAfterAcceptingOnly() {
        IncomingDocument document = registered(form(null, null));

        assertThat(refusal(document.propose(QIANXIAO, OFFICE, "拟请社会救助科办理。", NOW)).code())
                .isEqualTo("incoming-wrong-step");
        IncomingDocument accepted = done(document.accept(QIANXIAO, OFFICE, NOW));
        assertThat(refusal(accepted.propose(QIANXIAO, OFFICE, " ", NOW)).rule()).isEqualTo("RCV-PROPOSE-1");
        assertThat(refusal(accepted.propose(LINA, OFFICE, "拟办", NOW)).code()).isEqualTo("incoming-not-office");
        assertThat(done(accepted.propose(QIANXIAO, OFFICE, "拟请社会救助科办理。", NOW)).status()).isEqualTo(Status.PROPOSED);
    }

    @Test
    void RCV_ASSIGN_1_onlyALeaderAssigns() {
        Assignment assignment = new Assignment("SHJZ", List.of(), TODAY.plusDays(5), "请社会救助科办理。");

        assertThat(refusal(proposed(form(null, null)).assign(QIANXIAO, assignment, NOW)).code())
                .isEqualTo("incoming-assign-not-leader");
        assertThat(done(proposed(form(null, null)).assign(ZHAOMIN, assignment, NOW)).status()).isEqualTo(Status.ASSIGNED);
    }

    @Test
    void RCV_ASSIGN_2_withSeveralUnitsOneLeadsAndEachAssistingUnitIsNamedOnce() {
        Refusal refused = refusal(proposed(form(null, null)).assign(WANGQIANG,
                new Assignment("SHJZ", List.of("YLFW", "SHJZ", "YLFW"), TODAY.plusDays(5), "请办理。"), NOW));

        assertThat(refused.violations()).extracting(RuleViolation::rule).containsExactly("RCV-ASSIGN-2", "RCV-ASSIGN-2");
    }

    @Test
    void RCV_ASSIGN_3_anUrgentDocumentHasADeadlineAndNoDeadlineIsInThePast() {
        assertThat(refusal(proposed(form(null, "特急")).assign(WANGQIANG,
                new Assignment("SHJZ", List.of(), null, "请即办。"), NOW)).rule()).isEqualTo("RCV-ASSIGN-3");
        assertThat(refusal(proposed(form(null, null)).assign(WANGQIANG,
                new Assignment("SHJZ", List.of(), TODAY.minusDays(1), "请办理。"), NOW)).rule()).isEqualTo("RCV-ASSIGN-3");
        assertThat(done(proposed(form(null, null)).assign(WANGQIANG,
                new Assignment("SHJZ", List.of(), null, "阅知。"), NOW)).overdue(NOW.plusSeconds(86_400 * 365),
                WorkingCalendar.WEEKDAYS)).isFalse();
    }

    @Test
    void RCV_HANDLE_1_theLeadUnitConcludesWithAResult() {
        IncomingDocument document = assigned(form(null, null), TODAY.plusDays(8));

        assertThat(refusal(document.conclude(LINA, "已报送。", null, NOW)).code()).isEqualTo("incoming-not-lead-unit");
        assertThat(refusal(document.conclude(ZHANGWEI, "", null, NOW)).rule()).isEqualTo("RCV-HANDLE-1");
        UUID reply = UUID.randomUUID();
        IncomingDocument concluded = done(document.conclude(ZHANGWEI, "已按期报送预算建议。", reply, NOW));
        assertThat(concluded.status()).isEqualTo(Status.CONCLUDED);
        assertThat(concluded.replyDocumentId()).isEqualTo(reply);
        assertThat(concluded.trail()).extracting(TrailEntry::action)
                .containsExactly("登记", "初审通过", "拟办", "批办", "办结");
    }

    @Test
    void RCV_HANDLE_2_aTransferRequestGoesBackToTheOfficeWithItsReason() {
        IncomingDocument document = assigned(form(null, null), TODAY.plusDays(8));

        assertThat(refusal(document.requestTransfer(ZHANGWEI, "", NOW)).rule()).isEqualTo("RCV-HANDLE-2");
        IncomingDocument back = done(document.requestTransfer(ZHANGWEI, "属养老服务科职责。", NOW));
        assertThat(back.status()).isEqualTo(Status.ACCEPTED);
        assertThat(back.assignment()).isNull();
        assertThat(done(back.propose(QIANXIAO, OFFICE, "拟请养老服务科办理。", NOW)).status()).isEqualTo(Status.PROPOSED);
    }

    @Test
    void RCV_HANDLE_3_aLeaderExtendsToALaterDeadlineWithAReason() {
        IncomingDocument document = assigned(form(null, null), TODAY.plusDays(8));

        assertThat(refusal(document.extendDeadline(ZHANGWEI, TODAY.plusDays(20), "数据未齐", NOW)).code())
                .isEqualTo("incoming-extend-not-leader");
        assertThat(refusal(document.extendDeadline(WANGQIANG, TODAY.plusDays(8), "数据未齐", NOW)).rule())
                .isEqualTo("RCV-HANDLE-3");
        IncomingDocument later = done(document.extendDeadline(WANGQIANG, TODAY.plusDays(20), "数据未齐", NOW));
        assertThat(later.assignment().deadline()).isEqualTo(TODAY.plusDays(20));
        assertThat(later.overdue(NOW.plusSeconds(86_400L * 10), WorkingCalendar.WEEKDAYS)).isFalse();
    }

    @Test
    void anAssignedDocumentIsOverdueTheDayAfterItsDeadline() {
        IncomingDocument document = assigned(form(null, null), TODAY.plusDays(1));

        // 23:59:59 on the deadline
        assertThat(document.overdue(Instant.parse("2026-12-08T15:59:59Z"), WorkingCalendar.WEEKDAYS)).isFalse();
        assertThat(document.overdue(Instant.parse("2026-12-08T16:00:00Z"), WorkingCalendar.WEEKDAYS)).isTrue();
    }

    @Test
    void regDue1_aDeadlineOnAHolidayIsOverdueOnlyAfterTheNextWorkingDay() {
        // deadline Tuesday 12-08 declared a holiday: it ends with Wednesday 12-09
        WorkingCalendar holiday = new WorkingCalendar(WorkingCalendar.ZONE, java.util.Set.of(TODAY.plusDays(1)),
                java.util.Set.of());
        IncomingDocument document = assigned(form(null, null), TODAY.plusDays(1));

        assertThat(document.overdue(Instant.parse("2026-12-09T15:59:59Z"), holiday)).isFalse();
        assertThat(document.overdue(Instant.parse("2026-12-09T16:00:00Z"), holiday)).isTrue();
    }

    @Test
    void clearanceHoldsAtEveryStep() {
        Person clearedClerk = new Person("qianxiao", "钱晓", "BGS", Set.of("CLERK"), Classification.机密);
        IncomingDocument secret = done(IncomingDocument.register(UUID.randomUUID(), year -> new ReceiptNumber(year, 3),
                form("机密", null), clearedClerk, OFFICE, NOW));

        assertThat(refusal(secret.accept(QIANXIAO, OFFICE, NOW)).code()).isEqualTo("incoming-clearance");
    }
}
