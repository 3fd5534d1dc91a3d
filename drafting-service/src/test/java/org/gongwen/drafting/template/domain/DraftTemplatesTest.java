package org.gongwen.drafting.template.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongwen.drafting.draft.domain.DraftInputRules;
import org.gongwen.drafting.format.domain.FormatChecker;
import org.gongwen.drafting.format.domain.Organisation;
import org.gongwen.drafting.shared.domain.DocType;
import org.gongwen.kernel.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 3 item 1: a new draft of each kind starts with the right skeleton (reference.md §1.2–1.4). */
class DraftTemplatesTest {

    static final DraftTemplates TEMPLATES = new DraftTemplates(Organisation.demo());
    static final FormatChecker CHECKER = FormatChecker.standard();

    static List<String> rules(DraftTemplate t) {
        return CHECKER.check(t.skeleton()).stream().map(RuleViolation::rule).toList();
    }

    @Test
    void thereIsOneTemplatePerLegalKindInTheOrderOfArticle8() {
        assertThat(TEMPLATES.all("张伟")).extracting(DraftTemplate::docType).containsExactlyElementsOf(DocType.terms());
        assertThat(TEMPLATES.of("请示报告", "张伟")).isEmpty();
    }

    /** Whatever the kind, the skeleton is a draft the service accepts, and its form is right where it is written. */
    @ParameterizedTest
    @EnumSource(DocType.class)
    void gbTitle1_gbTo1_gbLayer1_everySkeletonIsSavableAndWellFormedWhereWritten(DocType type) {
        DraftTemplate t = TEMPLATES.of(type.name(), "张伟").orElseThrow();
        assertThat(DraftInputRules.check(t.skeleton())).isEmpty();
        assertThat(t.skeleton().docType()).isEqualTo(type.name());
        assertThat(rules(t)).doesNotContain("GB-TITLE-1", "GB-TITLE-2", "GB-TO-1", "GB-LAYER-1", "GB-NO-1",
                "GB-DATE-1", "GB-NOTE-1", "TL-UP-4", "TL-PAR-3.request", "TL-PAR-3.reply", "TL-UP-1.request");
        assertThat(t.skeleton().mainRecipients().isEmpty()).isEqualTo(!type.addressesSomeone());
    }

    @Test
    void tlUp1_gbNote2_aRequestStartsUpwardToOneSuperiorWithTheClosingAndTheContactLine() {
        DraftTemplate t = TEMPLATES.of("请示", "张伟").orElseThrow();
        assertThat(t.skeleton().direction()).isEqualTo("上行");
        assertThat(t.skeleton().mainRecipients()).containsExactly("江城市人民政府");
        assertThat(t.skeleton().body()).endsWith("妥否，请批示。");
        assertThat(t.skeleton().remarks()).isEqualTo("（联系人：张伟，电话：……）");
        assertThat(t.skeleton().title()).isEqualTo("江城市民政局关于……的请示");
        assertThat(t.required()).contains("签发人");
        assertThat(rules(t)).doesNotContain("GB-NOTE-2", "TL-UP-1", "TL-PAR-3.relation");
    }

    @Test
    void tlUp4_aReportIsUpwardAndCarriesNoRequestPhrase() {
        DraftTemplate t = TEMPLATES.of("报告", null).orElseThrow();
        assertThat(t.skeleton().direction()).isEqualTo("上行");
        assertThat(t.skeleton().mainRecipients()).hasSize(1);
        assertThat(t.skeleton().body()).endsWith("特此报告。").doesNotContain("请批示", "妥否");
    }

    @Test
    void tlPar3_aReplyIsDownwardALetterLevelAndPublicKindsHaveNoRecipient() {
        assertThat(TEMPLATES.of("批复", null).orElseThrow().skeleton().direction()).isEqualTo("下行");
        assertThat(TEMPLATES.of("函", null).orElseThrow().skeleton().direction()).isEqualTo("平行");
        for (String kind : List.of("公告", "通告", "公报", "命令", "决议", "纪要")) {
            assertThat(TEMPLATES.of(kind, null).orElseThrow().skeleton().mainRecipients()).as(kind).isEmpty();
        }
        assertThat(TEMPLATES.of("命令", null).orElseThrow().skeleton().title()).isEqualTo("江城市民政局令");
    }

    @Test
    void gbt9704_10_3_minutesListTheAttendanceAsLabelledParagraphsAfterTheMatters() {
        String body = TEMPLATES.of("纪要", null).orElseThrow().skeleton().body();
        assertThat(body.lines().toList()).endsWith("出席：" + DraftTemplates.GAP, "列席：" + DraftTemplates.GAP);
    }

    @Test
    void withoutAConfiguredSuperiorTheRecipientIsLeftToTheDrafter() {
        DraftTemplates none = new DraftTemplates(new Organisation("某局", List.of(), List.of()));
        assertThat(none.of("请示", "").orElseThrow().skeleton().mainRecipients()).containsExactly(DraftTemplates.GAP);
        assertThat(none.of("请示", "").orElseThrow().skeleton().remarks()).isEqualTo("（联系人：……，电话：……）");
    }
}
