package org.gongwen.archive.export.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gongwen.archive.accession.domain.FourPropertiesTest;
import org.gongwen.archive.export.application.ArchivalMetadataSchema;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RecordMetadata;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.TrailEntry;
import org.junit.jupiter.api.Test;

/**
 * metadata.xml as ArchivalMetadataXml writes it is valid against the project's DA/T 48-style XSD, and the schema
 * refuses what a DA/T 48 / DA/T 22 reader must not accept (reference.md §3.3; ExportIT validates a real export).
 */
class ArchivalMetadataSchemaTest {

    private static final String FONDS_NAME = "江城市民政局";

    private static String xml(ArchiveRecord r, RecordMetadata metadata) {
        return ArchivalMetadataXml.of(r, metadata, FONDS_NAME);
    }

    private static List<String> violations(String xml) {
        return ArchivalMetadataSchema.violations(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyShapeTheGeneratorWritesIsValid() {
        ArchiveRecord full = FourPropertiesTest.record("江民发〔2026〕7号", FourPropertiesTest.TRAIL,
                List.of(new AttachmentRef("预算表.pdf", "a".repeat(64), 12L, "application/pdf"),
                        new AttachmentRef("只列名称的附件", null, null, null)));
        assertThat(violations(xml(full, new RecordMetadata(Retention.PERMANENT, 3, "备注：见附件", true)))).isEmpty();
        // no 文号, no attachments, no trail, nothing corrected
        ArchiveRecord bare = FourPropertiesTest.record(null, List.of(), List.of());
        assertThat(violations(xml(bare, RecordMetadata.of(bare, List.of(), List.of())))).isEmpty();
        // classified, urgent, with 抄送 and a trail entry without level or opinion
        DocumentContent c = bare.content();
        ArchiveRecord classified = new ArchiveRecord(bare.documentId(), 1, bare.archiveNo(), "江民密〔2026〕1号",
                new DocumentContent(c.docType(), c.title(), c.mainRecipients(), List.of("市审计局", "市档案馆"),
                        c.body(), "特急", "机密", 10, c.direction(), List.of(), null),
                bare.contentHash(), bare.drafter(), bare.signer(), bare.issuedAt(), bare.documentDate(),
                bare.archivedAt(), List.of(new TrailEntry("SIGNED", bare.signer(), null, null, FourPropertiesTest.AT,
                        null, null)));
        String classifiedXml = xml(classified, RecordMetadata.of(classified, List.of(), List.of()));
        assertThat(classifiedXml).contains("<密级>机密</密级>", "<保密期限>10年</保密期限>");
        assertThat(violations(classifiedXml)).isEmpty();
    }

    @Test
    void theSchemaRefusesWrongValuesMissingElementsAndStrangers() {
        String valid = xml(FourPropertiesTest.record("江民发〔2026〕7号", FourPropertiesTest.TRAIL, List.of()),
                new RecordMetadata(Retention.THIRTY_YEARS, 3, null, false));
        assertThat(violations(valid)).isEmpty();
        assertThat(violations(valid.replace("<保管期限>D30</保管期限>", "<保管期限>D20</保管期限>")))
                .isNotEmpty().allSatisfy(v -> assertThat(v).contains("D20"));
        assertThat(violations(valid.replace("<日期>20260302</日期>", "<日期>2026-03-02</日期>"))).isNotEmpty();
        assertThat(violations(valid.replace("<件号>0007</件号>", "<件号>7</件号>"))).isNotEmpty();
        assertThat(violations(valid.replaceAll("<题名>[^<]*</题名>", ""))).isNotEmpty()
                .anySatisfy(v -> assertThat(v).contains("文件编号"));
        assertThat(violations(valid.replace("<页数>3</页数>", "<页数>0</页数>"))).isNotEmpty();
        assertThat(violations(valid.replace("<语种>汉语</语种>", "<语种>汉语</语种><颜色>红</颜色>"))).isNotEmpty();
        assertThat(violations(valid.replace("<行为时间>", "<行为时间>昨天"))).isNotEmpty();
        assertThat(violations(valid.replace("</电子文件封装包>", ""))).isNotEmpty();
        assertThat(violations(valid.replace(" 版本=\"DA/T 48-2009 style\"", ""))).isNotEmpty();
    }

    @Test
    void aDoctypeIsNeverFollowed() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<电子文件封装包 版本=\"v\">&e;</电子文件封装包>";
        assertThat(violations(withEntity)).isNotEmpty().allSatisfy(v -> assertThat(v).doesNotContain("root:"));
    }
}
