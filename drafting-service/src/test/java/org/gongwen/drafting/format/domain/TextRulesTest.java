package org.gongwen.drafting.format.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongwen.drafting.draft.domain.Samples.copy;
import static org.gongwen.drafting.draft.domain.Samples.request;
import static org.gongwen.drafting.draft.domain.Samples.withBody;
import static org.gongwen.drafting.format.domain.FormatRulesTest.checker;
import static org.gongwen.drafting.format.domain.FormatRulesTest.notice;
import static org.gongwen.drafting.format.domain.FormatRulesTest.only;
import static org.gongwen.drafting.format.domain.FormatRulesTest.rules;

import java.util.List;
import java.util.Map;

import org.gongwen.kernel.RuleViolation;
import org.gongwen.kernel.Severity;
import org.gongwen.kernel.Span;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Free-text, attachment and 附注 rules, and the organisation's severities, with reference.md's examples. */
class TextRulesTest {

    private static final String SHA = "a".repeat(64);

    private static DocumentContent citing(String number) {
        return withBody(notice(), "根据" + number + "文件精神，现通知如下。");
    }

    @ParameterizedTest(name = "GB-NO-1 {0} → {1}")
    @CsvSource({
            "×办发[2026]7号, 〔2026〕7号",
            "×办发（2026）7号, 〔2026〕7号",
            "×办发〔26〕7号, 〔2026〕7号",
            "×办发〔2026〕07号, 〔2026〕7号",
            "×办发〔2026〕第7号, 〔2026〕7号",
            "×办发〔二〇二六〕7号, 〔2026〕7号",
            "江民发【2026】十二号, 〔2026〕12号"})
    void gbNo1MalformedDocumentNumbersAreErrorsWithTheFix(String written, String fix) {
        RuleViolation v = only(citing(written), "GB-NO-1");
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.suggestedFix()).isEqualTo(fix);
        // the span covers what is wrong — from the bracket to 号 — and leaves the 代字 alone
        int code = written.replaceFirst("[\\[【（(〔].*", "").length();
        assertThat(v.span()).isEqualTo(new Span(2 + code, 2 + written.length()));
    }

    @Test
    void gbNo1WellFormedNumbersAndOrdinaryBracketsPass() {
        assertThat(rules(citing("×办发〔2026〕7号"))).isEmpty();
        assertThat(rules(citing("国发〔2026〕12号"))).isEmpty();
        assertThat(rules(withBody(notice(), "按照规划（2011—2015年）执行，见第（3）项。"))).isEmpty();
        assertThat(only(withBody(notice(), "见江民发[2026]3号和江民发〔2026〕4号。"), "GB-NO-1").suggestedFix())
                .isEqualTo("〔2026〕3号");
    }

    @Test
    void gbNo1IsCheckedInTitleRemarksAndAttachmentNamesToo() {
        DocumentContent c = copy(notice(), b -> b.title = "江城市民政局关于转发江政发[2026]5号文件的通知");
        assertThat(only(c, "GB-NO-1").field()).isEqualTo("title");
    }

    @ParameterizedTest(name = "GB-DATE-1 {0} → {1}")
    @CsvSource({
            "2026年01月05日, 2026年1月5日",
            "二〇二六年十一月二十一日, 2026年11月21日",
            "2026-11-21, 2026年11月21日",
            "26年11月21日, 2026年11月21日",
            "2026.11.21, 2026年11月21日",
            "2026/7/1, 2026年7月1日"})
    void gbDate1DatesAreWrittenInFullArabicNumeralsWithoutPadding(String written, String fix) {
        RuleViolation v = only(withBody(notice(), "请于" + written + "前报送。"), "GB-DATE-1");
        assertThat(v.suggestedFix()).isEqualTo(fix);
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.span()).isEqualTo(new Span(2, 2 + written.codePointCount(0, written.length())));
    }

    @Test
    void gbDate1CorrectDatesPass() {
        assertThat(rules(withBody(notice(), "请于2026年11月21日前报送；2026年1月5日起施行。"))).isEmpty();
    }

    @ParameterizedTest(name = "GB-LAYER-1 {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "一.总体要求|一、",
            "（一）、工作目标|（一）",
            "(一)工作目标|（一）",
            "1、具体措施|1.",
            "(1)经费保障|（1）"})
    void gbLayer1HeadingNumbersFollowTheFourLevels(String line, String fix) {
        RuleViolation v = only(withBody(notice(), "现通知如下。\n" + line + "\n内容。"), "GB-LAYER-1");
        assertThat(v.suggestedFix()).isEqualTo(fix);
        assertThat(v.span().start()).isEqualTo(7);
    }

    @Test
    void gbLayer1TheFourLevelsPass() {
        assertThat(rules(withBody(notice(), "一、总体要求\n（一）工作目标\n1.具体措施\n（1）经费保障\n一是加强领导。"))).isEmpty();
    }

    @Test
    void gbSign2TheSignerLabelHasAFullwidthColon() {
        assertThat(rules(withBody(notice(), "签发人：张三"))).isEmpty();
        assertThat(only(withBody(notice(), "签发：张三"), "GB-SIGN-2").suggestedFix()).isEqualTo("签发人：");
        assertThat(only(withBody(notice(), "签发人:张三"), "GB-SIGN-2").suggestedFix()).isEqualTo("签发人：");
    }

    @ParameterizedTest(name = "GB-SEC-2 {0} → {1}")
    @CsvSource({"秘密★一年, 秘密★1年", "秘密*1年, 秘密★1年", "秘密 1年, 秘密★1年", "机密☆5年, 机密★5年"})
    void gbSec2TheMarkingSeparatesLevelAndPeriodWithAStar(String written, String fix) {
        assertThat(only(withBody(notice(), "本件" + written + "。"), "GB-SEC-2").suggestedFix()).isEqualTo(fix);
    }

    @Test
    void gbSec2ACorrectMarkingPasses() {
        assertThat(rules(withBody(notice(), "本件秘密★1年，另件机密★5年。"))).isEmpty();
    }

    @Test
    void tlUp4AReportMustNotCarryARequest() {
        DocumentContent report = copy(request(), b -> {
            b.docType = "报告";
            b.title = "江城市民政局关于2026年社会救助工作情况的报告";
            b.body = "现将有关情况报告如下。以上报告，请审阅。";
        });
        assertThat(rules(report)).isEmpty();
        assertThat(rules(withBody(report, "现将有关情况报告如下。妥否，请批示。"))).containsExactly("TL-UP-4", "TL-UP-4");
    }

    @Test
    void tlUp4ARequestWithSeveralAsksWarns() {
        DocumentContent two = withBody(request(), "一、申请经费。妥否，请批示。\n二、申请编制。妥否，请批示。");
        assertThat(only(two, "TL-UP-4").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void gbAtt1AttachmentNamesCarryNoNumberNoPunctuationAndSaySomething() {
        assertThat(rules(attached("××工作实施方案"))).isEmpty();
        assertThat(only(attached("××方案。"), "GB-ATT-1").suggestedFix()).isEqualTo("××方案");
        assertThat(only(attached("附件一：××方案"), "GB-ATT-1").suggestedFix()).isEqualTo("××方案");
        assertThat(only(attached("1.××名单"), "GB-ATT-1").suggestedFix()).isEqualTo("××名单");
        assertThat(only(attached("如文"), "GB-ATT-1").suggestedFix()).isNull();
        assertThat(rules(attached("3件"))).containsExactly("GB-ATT-1");
    }

    @Test
    void gbAtt1AnAttachmentNoteInTheBodyUsesAFullwidthColonAndNoChineseNumber() {
        assertThat(only(withBody(attached("××名单"), "正文。\n附件:××名单"), "GB-ATT-1").suggestedFix()).isEqualTo("附件：");
        assertThat(rules(withBody(attached("××名单"), "正文。\n附件一：××名单"))).contains("GB-ATT-1");
        assertThat(rules(withBody(attached("××名单"), "正文。\n附件：××名单"))).isEmpty();
    }

    @Test
    void gbAtt2EveryListedAttachmentHasItsFile() {
        DocumentContent missing = copy(notice(), b -> b.attachments = List.of(new AttachmentRef("××名单")));
        RuleViolation v = only(missing, "GB-ATT-2");
        assertThat(v.field()).isEqualTo("attachments[0]");
        assertThat(v.blocking()).isTrue();
    }

    @Test
    void gbAtt2TheNoteInTheBodyMatchesTheAttachmentsInNumberAndName() {
        DocumentContent two = copy(notice(), b -> b.attachments = List.of(file("××名单"), file("××表")));
        assertThat(rules(withBody(two, "正文。\n附件：1. ××名单\n　　　2. ××表"))).isEmpty();
        RuleViolation v = only(withBody(two, "正文。\n附件：1. ××名单\n　　　2. ××统计表\n　　　3. 其他"), "GB-ATT-2");
        assertThat(v.suggestedFix()).isEqualTo("附件：1. ××名单\n　　　2. ××表");
        assertThat(v.span()).isEqualTo(new Span(4, "正文。\n附件：1. ××名单\n　　　2. ××统计表\n　　　3. 其他".length()));
        assertThat(rules(withBody(two, "正文。\n附件：1. ××表\n　　　2. ××名单"))).containsExactly("GB-ATT-2");
    }

    @Test
    void gbNote1RemarksGoInFullwidthParentheses() {
        assertThat(rules(copy(notice(), b -> b.remarks = "（此件公开发布）"))).isEmpty();
        assertThat(only(copy(notice(), b -> b.remarks = "此件公开发布"), "GB-NOTE-1").suggestedFix()).isEqualTo("（此件公开发布）");
        assertThat(only(copy(notice(), b -> b.remarks = "(此件公开发布)"), "GB-NOTE-1").suggestedFix()).isEqualTo("（此件公开发布）");
    }

    @Test
    void gbNote2ARequestNamesAContactPersonAndTelephone() {
        assertThat(rules(request())).isEmpty();
        RuleViolation v = only(copy(request(), b -> b.remarks = null), "GB-NOTE-2");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(rules(copy(notice(), b -> b.remarks = null))).isEmpty();
    }

    @Test
    void spansCountCodePointsSoCharactersOutsideTheBmpDoNotShiftThem() {
        RuleViolation v = only(withBody(notice(), "𠀀𠀁根据江民发[2026]3号。"), "GB-NO-1");
        assertThat(v.span()).isEqualTo(new Span(7, 15));
    }

    @Test
    void anOrganisationMayRaiseLowerOrSwitchOffARule() {
        DocumentContent noContact = copy(request(), b -> b.remarks = null);
        FormatChecker strict = new FormatChecker(FormatRules.all(Organisation.demo()),
                RuleSeverities.of(Map.of("GB-NOTE-2", "ERROR", "GB-NO-1", "warning", "GB-TITLE-2", "OFF")));
        assertThat(strict.check(noContact)).singleElement().extracting(RuleViolation::severity).isEqualTo(Severity.ERROR);
        assertThat(strict.check(citing("江民发[2026]3号"))).singleElement().extracting(RuleViolation::blocking).isEqualTo(false);
        assertThat(strict.check(FormatRulesTest.notice())).isEmpty();
        assertThat(strict.check(copy(notice(), b -> b.title = "关于做好走访工作的通知"))).isEmpty();
        assertThat(checker.check(copy(notice(), b -> b.title = "关于做好走访工作的通知"))).isNotEmpty();
    }

    @Test
    void aMistypedConfigurationFailsInsteadOfCheckingLess() {
        assertThatThrownBy(() -> RuleSeverities.of(Map.of("GB-NO-1", "FATAL"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FormatChecker(FormatRules.all(Organisation.demo()), RuleSeverities.of(Map.of("GB-NO-9", "OFF"))))
                .hasMessageContaining("GB-NO-9");
    }

    @Test
    void everyRuleKeyIsUniqueAndEveryRuleNamesItsSource() {
        List<FormatRule> all = FormatRules.all(Organisation.demo());
        assertThat(all).extracting(FormatRule::key).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    }

    private static DocumentContent attached(String name) {
        return copy(notice(), b -> b.attachments = List.of(file(name)));
    }

    private static AttachmentRef file(String name) {
        return new AttachmentRef(name, SHA, 10L, "application/pdf");
    }
}
