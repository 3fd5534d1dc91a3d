package org.gongwen.drafting.format.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongwen.drafting.draft.domain.Samples.copy;
import static org.gongwen.drafting.draft.domain.Samples.request;
import static org.gongwen.drafting.draft.domain.Samples.withBody;
import static org.gongwen.drafting.draft.domain.Samples.withKind;
import static org.gongwen.drafting.draft.domain.Samples.withRecipients;
import static org.gongwen.drafting.draft.domain.Samples.withSecrecy;
import static org.gongwen.drafting.draft.domain.Samples.withTitle;

import java.util.List;

import org.gongwen.kernel.RuleViolation;
import org.gongwen.kernel.Severity;
import org.gongwen.events.DocumentContent;
import org.junit.jupiter.api.Test;

/** Title, recipient and head rules with reference.md's valid and invalid examples (§2.2, §1.5). */
class FormatRulesTest {

    static final FormatChecker checker = FormatChecker.standard();

    static List<String> rules(DocumentContent content) {
        return checker.check(content).stream().map(RuleViolation::rule).toList();
    }

    static RuleViolation only(DocumentContent content, String rule) {
        List<RuleViolation> found = checker.check(content).stream().filter(v -> v.rule().equals(rule)).toList();
        assertThat(found).as("findings of %s", rule).hasSize(1);
        return found.get(0);
    }

    static DocumentContent notice() {
        return copy(request(), b -> {
            b.docType = "通知";
            b.direction = "下行";
            b.title = "江城市民政局关于做好2026年春节期间困难群众走访慰问工作的通知";
            b.mainRecipients = List.of("各区民政局");
            b.body = "为切实保障困难群众基本生活，现就有关事项通知如下。";
            b.remarks = null;
        });
    }

    @Test
    void theValidRequestBreaksNoRule() {
        assertThat(checker.check(request())).isEmpty();
        assertThat(checker.check(notice())).isEmpty();
    }

    @Test
    void gbTitle1TitleEndsWithTheDeclaredKind() {
        assertThat(rules(withTitle(request(), "××市××局关于申请2027年度办公经费的请示"))).isEmpty();
        assertThat(rules(withTitle(request(), "××局关于开展检查的"))).containsExactly("GB-TITLE-1");
        assertThat(rules(withTitle(request(), "××局关于申请经费的报告"))).containsExactly("GB-TITLE-1");
    }

    @Test
    void gbTitle1TitleHasExactlyOneKind() {
        RuleViolation v = only(withTitle(request(), "××局关于申请经费的请示报告"), "GB-TITLE-1");
        assertThat(v.suggestedFix()).isEqualTo("××局关于申请经费的请示");
        assertThat(rules(withTitle(request(), "××局关于申请经费的请示请示"))).containsExactly("GB-TITLE-1");
    }

    @Test
    void gbTitle1AKindInsideTheSubjectIsFineButAPlanIsNoKind() {
        assertThat(rules(withTitle(notice(), "江城市民政局关于征求意见的通知"))).isEmpty();
        assertThat(rules(withTitle(notice(), "江城市民政局关于转发市政府关于加强救助工作的通知的通知"))).isEmpty();
        assertThat(rules(withTitle(notice(), "××局开展检查工作方案"))).containsExactly("GB-TITLE-1");
    }

    @Test
    void gbTitle2ATitleWithoutTheIssuingOrganWarnsAndSuggestsIt() {
        RuleViolation v = only(withTitle(notice(), "关于做好春节期间走访慰问工作的通知"), "GB-TITLE-2");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.suggestedFix()).isEqualTo("江城市民政局关于做好春节期间走访慰问工作的通知");
        DocumentContent joint = copy(withTitle(notice(), "关于做好走访慰问工作的通知"), b -> b.issuingOrgan = "江城市财政局");
        assertThat(only(joint, "GB-TITLE-2").suggestedFix()).isEqualTo("江城市财政局关于做好走访慰问工作的通知");
    }

    @Test
    void gbTitle3BookMarksAroundAForwardedDocumentWarnButNotAroundALaw() {
        assertThat(rules(withTitle(notice(), "国务院关于印发工业转型升级规划（2011—2015年）的通知"))).isEmpty();
        assertThat(rules(withTitle(notice(), "江城市民政局关于贯彻《社会救助暂行办法》的通知"))).isEmpty();
        RuleViolation v = only(withTitle(notice(), "江城市民政局转发〈市政府关于加强救助工作的通知〉的通知"), "GB-TITLE-3");
        assertThat(v.suggestedFix()).isEqualTo("市政府关于加强救助工作的通知");
        assertThat(v.span().start()).isEqualTo(8);
    }

    @Test
    void gbTo1KindsThatAddressSomeoneNeedAMainRecipient() {
        assertThat(rules(withRecipients(request(), List.of()))).containsExactly("GB-TO-1");
        DocumentContent announcement = withTitle(withKind(withRecipients(request(), List.of()), "公告", "下行"),
                "江城市民政局关于社会救助申请办理事项的公告");
        assertThat(rules(copy(announcement, b -> b.remarks = null))).isEmpty();
    }

    @Test
    void gbTo1TheColonIsLayoutAndAPersonIsNoOrgan() {
        RuleViolation colon = only(withRecipients(notice(), List.of("各区民政局：")), "GB-TO-1");
        assertThat(colon.suggestedFix()).isEqualTo("各区民政局");
        assertThat(colon.field()).isEqualTo("mainRecipients[0]");
        assertThat(rules(withRecipients(notice(), List.of("张局长")))).containsExactly("GB-TO-1");
        assertThat(rules(withRecipients(notice(), List.of("各科室")))).isEmpty();
    }

    @Test
    void gbCc1OneOrganPerCopyRecipientWithoutPunctuation() {
        assertThat(rules(copy(notice(), b -> b.copyRecipients = List.of("市委办公室", "市人大常委会办公室")))).isEmpty();
        assertThat(rules(copy(notice(), b -> b.copyRecipients = List.of("各县（市、区）民政局")))).isEmpty();
        RuleViolation v = only(copy(notice(), b -> b.copyRecipients = List.of("市委办公室、市人大办公室")), "GB-CC-1");
        assertThat(v.suggestedFix()).isEqualTo("市委办公室，市人大办公室");
        assertThat(only(copy(notice(), b -> b.copyRecipients = List.of("市委办公室。")), "GB-CC-1").suggestedFix())
                .isEqualTo("市委办公室");
    }

    @Test
    void gbSec3PeriodWithinTheBoundOfItsClassification() {
        assertThat(rules(withSecrecy(request(), "秘密", 10))).isEmpty();
        assertThat(rules(withSecrecy(request(), "秘密", 15))).containsExactly("GB-SEC-3");
        assertThat(rules(withSecrecy(request(), "机密", 25))).containsExactly("GB-SEC-3");
        assertThat(rules(withSecrecy(request(), "绝密", 30))).isEmpty();
        assertThat(only(withSecrecy(request(), "秘密", 15), "GB-SEC-3").suggestedFix()).isEqualTo("10");
    }

    @Test
    void gbSec4AClassifiedDocumentCarriesACopyNumber() {
        assertThat(rules(copy(withSecrecy(request(), "机密", 5), b -> b.copyNumber = "000001"))).isEmpty();
        assertThat(rules(copy(withSecrecy(request(), "秘密", 5), b -> b.copyNumber = null))).containsExactly("GB-SEC-4");
        assertThat(rules(copy(request(), b -> b.copyNumber = null))).isEmpty();
    }

    @Test
    void gbCopy1TheCopyNumberIsAtMostSixArabicDigits() {
        assertThat(rules(copy(request(), b -> b.copyNumber = "000123"))).isEmpty();
        assertThat(only(copy(request(), b -> b.copyNumber = "No.1"), "GB-COPY-1").suggestedFix()).isEqualTo("000001");
        assertThat(rules(copy(request(), b -> b.copyNumber = "0000001"))).containsExactly("GB-COPY-1");
        assertThat(only(copy(request(), b -> b.copyNumber = "0000001"), "GB-COPY-1").suggestedFix()).isEqualTo("000001");
        assertThat(only(copy(request(), b -> b.copyNumber = "一"), "GB-COPY-1").suggestedFix()).isNull();
    }

    @Test
    void gbCopy2AShortCopyNumberIsPaddedToSixDigits() {
        RuleViolation v = only(copy(request(), b -> b.copyNumber = "42"), "GB-COPY-2");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.suggestedFix()).isEqualTo("000042");
        assertThat(rules(copy(request(), b -> b.copyNumber = "000042"))).isEmpty();
    }

    @Test
    void tlPar3ARequestGoesUpward() {
        assertThat(rules(withKind(request(), "请示", "上行"))).isEmpty();
        RuleViolation v = only(withKind(request(), "请示", "平行"), "TL-PAR-3");
        assertThat(v.suggestedFix()).isEqualTo("上行");
        assertThat(rules(withKind(request(), "请示", null))).containsExactly("TL-PAR-3");
    }

    @Test
    void tlPar3AReplyGoesDownward() {
        DocumentContent reply = copy(notice(), b -> {
            b.docType = "批复";
            b.title = "江城市民政局关于同意设立救助站的批复";
            b.mainRecipients = List.of("江城市江北区民政局");
        });
        assertThat(rules(reply)).isEmpty();
        assertThat(only(withKind(reply, "批复", "平行"), "TL-PAR-3").suggestedFix()).isEqualTo("下行");
    }

    @Test
    void tlPar3ARequestToAnOrganThatIsNoSuperiorSuggestsALetter() {
        RuleViolation v = only(withRecipients(request(), List.of("江城市财政局")), "TL-PAR-3");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.messageZh()).contains("函");
    }

    @Test
    void tlUp1ARequestHasOneMainRecipient() {
        List<RuleViolation> found = checker.check(withRecipients(request(), List.of("江城市人民政府", "江城市财政局")));
        assertThat(found).filteredOn(v -> v.rule().equals("TL-UP-1")).singleElement()
                .extracting(RuleViolation::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void tlUp1OtherUpwardDocumentsWithSeveralMainRecipientsOnlyWarn() {
        DocumentContent report = copy(request(), b -> {
            b.docType = "报告";
            b.title = "江城市民政局关于2026年社会救助工作情况的报告";
            b.body = "现将2026年社会救助工作情况报告如下。";
            b.mainRecipients = List.of("江城市人民政府", "江城市财政局");
        });
        RuleViolation v = only(report, "TL-UP-1");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void tlUp1AnUpwardDocumentIsNeverCopiedToLowerOrgans() {
        assertThat(rules(copy(request(), b -> b.copyRecipients = List.of("江城市财政局")))).isEmpty();
        RuleViolation v = only(copy(request(), b -> b.copyRecipients = List.of("江城市财政局", "各区民政局")), "TL-UP-1");
        assertThat(v.field()).isEqualTo("copyRecipients[1]");
        assertThat(rules(copy(notice(), b -> b.copyRecipients = List.of("各区民政局")))).isEmpty();
    }

    @Test
    void tlUp5AnUpwardDocumentGoesToAnOrganNotToALeader() {
        assertThat(rules(withRecipients(request(), List.of("江城市人民政府")))).isEmpty();
        assertThat(rules(withRecipients(request(), List.of("张局长")))).contains("TL-UP-5").doesNotContain("GB-TO-1");
        assertThat(rules(withRecipients(request(), List.of("李市长")))).contains("TL-UP-5");
    }

    @Test
    void tlGen2SkippingTheDirectSuperiorNeedsItInCopy() {
        FormatChecker withHierarchy = new FormatChecker(FormatRules.all(new Organisation("江城市民政局",
                List.of("江城市人民政府"), List.of("江东省人民政府", "民政部"))), RuleSeverities.defaults());
        DocumentContent skipping = withRecipients(request(), List.of("民政部"));
        RuleViolation v = withHierarchy.check(skipping).stream().filter(x -> x.rule().equals("TL-GEN-2")).findFirst().orElseThrow();
        assertThat(v.suggestedFix()).isEqualTo("江城市人民政府");
        assertThat(withHierarchy.check(copy(skipping, b -> b.copyRecipients = List.of("江城市人民政府"))))
                .extracting(RuleViolation::rule).doesNotContain("TL-GEN-2");
        assertThat(withHierarchy.check(request())).isEmpty();
    }

    @Test
    void tlPar2AnInternalSectionDoesNotIssueButTheOfficeMay() {
        assertThat(only(copy(notice(), b -> b.issuingOrgan = "社会救助科"), "TL-PAR-2").suggestedFix()).isEqualTo("江城市民政局");
        assertThat(rules(copy(notice(), b -> b.issuingOrgan = "江城市民政局办公室"))).isEmpty();
        assertThat(rules(copy(notice(), b -> b.coIssuers = List.of("江城市财政局", "养老服务科")))).containsExactly("TL-PAR-2");
    }

    @Test
    void tlElem9TheBodyIsRequired() {
        assertThat(rules(withBody(request(), "  "))).containsExactly("TL-ELEM-9");
        assertThat(rules(withBody(request(), null))).containsExactly("TL-ELEM-9");
    }

    @Test
    void errorsComeBeforeWarnings() {
        DocumentContent report = copy(request(), b -> {
            b.docType = "报告";
            b.title = "江城市民政局关于工作情况的报告";
            b.body = "";
            b.mainRecipients = List.of("江城市人民政府", "江城市财政局");
        });
        assertThat(checker.check(report)).extracting(RuleViolation::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING);
    }
}
