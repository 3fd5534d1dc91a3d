package org.gongwen.drafting.domain.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.drafting.domain.Samples.request;
import static org.gongwen.drafting.domain.Samples.withBody;
import static org.gongwen.drafting.domain.Samples.withKind;
import static org.gongwen.drafting.domain.Samples.withRecipients;
import static org.gongwen.drafting.domain.Samples.withSecrecy;
import static org.gongwen.drafting.domain.Samples.withTitle;

import java.util.List;

import org.gongwen.drafting.domain.RuleViolation;
import org.gongwen.drafting.domain.Severity;
import org.gongwen.events.DocumentContent;
import org.junit.jupiter.api.Test;

/** Each rule with reference.md's valid and invalid examples. */
class FormatRulesTest {

    private final FormatChecker checker = FormatChecker.standard();

    @Test
    void theValidRequestBreaksNoRule() {
        assertThat(checker.check(request())).isEmpty();
    }

    @Test
    void gbTitle1TitleEndsWithTheDeclaredKind() {
        assertThat(rules(withTitle(request(), "××市××局关于申请2027年度办公经费的请示"))).isEmpty();
        assertThat(rules(withTitle(request(), "××局关于开展检查的"))).containsExactly("GB-TITLE-1");
        assertThat(rules(withTitle(request(), "××局关于申请经费的报告"))).containsExactly("GB-TITLE-1");
    }

    @Test
    void gbTitle1TitleHasExactlyOneKind() {
        List<RuleViolation> found = checker.check(withTitle(request(), "××局关于申请经费的请示报告"));
        assertThat(found).extracting(RuleViolation::rule).containsExactly("GB-TITLE-1");
        assertThat(found.get(0).suggestedFix()).isEqualTo("××局关于申请经费的请示");
        assertThat(rules(withTitle(request(), "××局关于申请经费的请示请示"))).containsExactly("GB-TITLE-1");
    }

    @Test
    void gbTitle1AKindInsideTheSubjectIsFine() {
        DocumentContent notice = withKind(request(), "通知", "下行");
        assertThat(rules(withTitle(notice, "江城市民政局关于征求意见的通知"))).isEmpty();
        assertThat(rules(withTitle(notice, "江城市民政局关于转发市政府关于加强救助工作的通知的通知"))).isEmpty();
        assertThat(rules(withTitle(notice, "××局开展检查工作方案"))).containsExactly("GB-TITLE-1");
    }

    @Test
    void gbTo1KindsThatAddressSomeoneNeedAMainRecipient() {
        assertThat(rules(withRecipients(request(), List.of()))).containsExactly("GB-TO-1");
        DocumentContent announcement = withTitle(withKind(withRecipients(request(), List.of()), "公告", "下行"),
                "江城市民政局关于社会救助申请办理事项的公告");
        assertThat(rules(announcement)).isEmpty();
    }

    @Test
    void gbSec3PeriodWithinTheBoundOfItsClassification() {
        assertThat(rules(withSecrecy(request(), "秘密", 10))).isEmpty();
        assertThat(rules(withSecrecy(request(), "秘密", 15))).containsExactly("GB-SEC-3");
        assertThat(rules(withSecrecy(request(), "机密", 25))).containsExactly("GB-SEC-3");
        assertThat(rules(withSecrecy(request(), "绝密", 30))).isEmpty();
        assertThat(checker.check(withSecrecy(request(), "秘密", 15)).get(0).suggestedFix()).isEqualTo("10");
    }

    @Test
    void tlPar3ARequestGoesUpward() {
        assertThat(rules(withKind(request(), "请示", "上行"))).isEmpty();
        List<RuleViolation> found = checker.check(withKind(request(), "请示", "平行"));
        assertThat(found).extracting(RuleViolation::rule).containsExactly("TL-PAR-3");
        assertThat(found.get(0).suggestedFix()).isEqualTo("上行");
        assertThat(rules(withKind(request(), "请示", null))).containsExactly("TL-PAR-3");
    }

    @Test
    void tlUp1ARequestHasOneMainRecipient() {
        List<RuleViolation> found = checker.check(withRecipients(request(), List.of("江城市人民政府", "江城市财政局")));
        assertThat(found).extracting(RuleViolation::rule).containsExactly("TL-UP-1");
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void tlUp1OtherUpwardDocumentsWithSeveralMainRecipientsOnlyWarn() {
        DocumentContent report = withTitle(withKind(withRecipients(request(), List.of("江城市人民政府", "江城市财政局")),
                "报告", "上行"), "江城市民政局关于2026年社会救助工作情况的报告");
        List<RuleViolation> found = checker.check(report);
        assertThat(found).extracting(RuleViolation::rule).containsExactly("TL-UP-1");
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void tlElem9TheBodyIsRequired() {
        assertThat(rules(withBody(request(), "  "))).containsExactly("TL-ELEM-9");
        assertThat(rules(withBody(request(), null))).containsExactly("TL-ELEM-9");
    }

    @Test
    void errorsComeBeforeWarnings() {
        DocumentContent report = withBody(withTitle(withKind(withRecipients(request(), List.of("甲", "乙")), "报告", "上行"),
                "江城市民政局关于工作情况的报告"), "");
        assertThat(checker.check(report)).extracting(RuleViolation::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING);
    }

    private List<String> rules(DocumentContent content) {
        return checker.check(content).stream().map(RuleViolation::rule).toList();
    }
}
