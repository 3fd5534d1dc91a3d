package org.gongwen.archive.export.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongwen.archive.accession.domain.FourPropertiesTest;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RecordMetadata;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.events.DocumentContent;
import org.junit.jupiter.api.Test;

/**
 * content.txt, the package's readable rendering: 署名 is the issuing organ (GB/T 9704 7.3.5, 条例 第九条(十一)), the
 * document's 附注 follows the 成文日期 (7.3.6), the archivist's 附注 stands in the 归档章 block.
 */
class RecordRenderingTest {

    private static final String FONDS = "江城市民政局";

    private static ArchiveRecord with(String direction, String remarks, String issuingOrgan, List<String> coIssuers) {
        ArchiveRecord base = FourPropertiesTest.record("江民发〔2026〕7号", FourPropertiesTest.TRAIL, List.of());
        DocumentContent c = base.content();
        return new ArchiveRecord(base.documentId(), 1, base.archiveNo(), base.documentNumber(),
                new DocumentContent(c.docType(), c.title(), c.mainRecipients(), c.copyRecipients(), c.body(),
                        c.urgency(), c.classification(), c.classificationPeriodYears(), direction, c.attachments(),
                        remarks, null, issuingOrgan, coIssuers),
                base.contentHash(), base.drafter(), base.signer(), base.issuedAt(), base.documentDate(),
                base.archivedAt(), base.trail());
    }

    private static String text(ArchiveRecord r, String note) {
        return RecordRendering.text(r, new RecordMetadata(Retention.THIRTY_YEARS, 3, note, false), FONDS);
    }

    /** The lines between the body's end (the last attachment or body line) and the trail: 署名, 成文日期, 附注, 抄送. */
    private static List<String> closing(String text) {
        String body = text.substring(text.indexOf("特申请专项资金"), text.indexOf("【办理过程】"));
        return body.lines().skip(1).filter(l -> !l.isBlank()).toList();
    }

    @Test
    void theSignatureIsTheIssuingOrganNotTheSigner() {
        String text = text(with("下行", null, "江城市民政局", List.of()), null);
        assertThat(closing(text)).containsExactly("江城市民政局", "2026年3月2日");
        assertThat(text.substring(0, text.indexOf("【办理过程】"))).doesNotContain("王强");
    }

    @Test
    void aJointDocumentSignsWithTheLeadOrganFirstThenEachCoIssuer() {
        String text = text(with("下行", null, "江城市民政局", List.of("江城市财政局", "江城市审计局")), null);
        assertThat(closing(text)).containsExactly("江城市民政局", "江城市财政局", "江城市审计局", "2026年3月2日");
    }

    @Test
    void withoutAnOrganInTheContentTheSignatureIsTheDraftersOrganisationNeverAPerson() {
        // DocumentContent#issuingOrgan null = the organisation of the drafter, whose fonds this is
        String text = text(with("下行", null, null, List.of()), null);
        assertThat(closing(text)).containsExactly(FONDS, "2026年3月2日");
    }

    @Test
    void aRequestNamesItsSignerOnItsOwnLineBesideTheNumberNotAsTheSignature() {
        String text = text(with("上行", null, "江城市民政局", List.of()), null);
        assertThat(text).contains("江民发〔2026〕7号\n签发人 王强\n");
        assertThat(closing(text)).containsExactly("江城市民政局", "2026年3月2日");
    }

    @Test
    void theDocumentsNoteFollowsTheDateIndentedTwoCharacters() {
        String text = text(with("下行", "（此件公开发布）", "江城市民政局", List.of()), null);
        assertThat(closing(text)).containsExactly("江城市民政局", "2026年3月2日", "\u3000\u3000（此件公开发布）");
        assertThat(text(with("下行", "  ", "江城市民政局", List.of()), null)).doesNotContain("\u3000\u3000");
    }

    @Test
    void theArchivistsNoteStandsInTheArchivalStampBlock() {
        String text = text(with("下行", null, "江城市民政局", List.of()), "原件第2页有破损");
        String stamp = text.substring(0, text.indexOf("江民发〔2026〕7号\n"));
        assertThat(stamp).contains("【归档章】", "档案附注 原件第2页有破损");
        assertThat(text(with("下行", null, "江城市民政局", List.of()), null)).doesNotContain("档案附注");
    }
}
