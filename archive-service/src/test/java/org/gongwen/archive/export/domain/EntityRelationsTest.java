package org.gongwen.archive.export.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.gongwen.archive.accession.domain.FourPropertiesTest;
import org.gongwen.archive.export.application.ArchivalMetadataSchema;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RecordMetadata;
import org.gongwen.archive.shared.domain.RevisionLink;
import org.junit.jupiter.api.Test;

/**
 * DA/T 46-2009 实体关系 in metadata.xml (reference.md §3.3): a 更正 (issue 18, ARCHIVE-CORRECTION) names the record
 * it corrects (更正自) and the corrected one names its correction (被更正为), valid against the DA/T 48-style XSD.
 */
class EntityRelationsTest {

    private static final RevisionLink LINK = new RevisionLink("d1", "d1~r2", 2, "Z011-WS·2026-D30-SHJZ-0008", "d1", 1,
            "Z011-WS·2026-D30-SHJZ-0007", "主送机关有误。", Instant.parse("2026-03-03T08:00:00Z"));

    private static String xml(ArchiveRecord r, List<RevisionLink> links) {
        return ArchivalMetadataXml.of(r, RecordMetadata.of(r, List.of(), List.of()), "江城市民政局",
                ArchivalMetadataXml.relationsOf(r, links));
    }

    @Test
    void theCorrectedRecordIsRelatedToItsCorrectionAsBeingCorrectedInto() {
        ArchiveRecord original = FourPropertiesTest.record("江民发〔2026〕7号", FourPropertiesTest.TRAIL, List.of());
        String xml = xml(original, List.of(LINK));
        assertThat(xml).contains("<实体关系块>", "<实体标识符>d1</实体标识符>", "<关系类型>更正</关系类型>",
                "<关系>被更正为</关系>", "<相关实体标识符>d1~r2</相关实体标识符>",
                "<关系描述>被第2轮更正（档号 Z011-WS·2026-D30-SHJZ-0008）：主送机关有误。</关系描述>");
        assertThat(xml).doesNotContain("更正自");
        assertThat(ArchivalMetadataSchema.violations(xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theCorrectionIsRelatedToTheRecordItCorrectsAsCorrectingIt() {
        ArchiveRecord o = FourPropertiesTest.record("江民发〔2026〕7号", FourPropertiesTest.TRAIL, List.of());
        ArchiveRecord correction = new ArchiveRecord("d1~r2", 2, o.archiveNo(), o.documentNumber(), o.content(),
                o.contentHash(), o.drafter(), o.signer(), o.issuedAt(), o.documentDate(), o.archivedAt(), o.trail());
        String xml = xml(correction, List.of(LINK));
        assertThat(xml).contains("<实体标识符>d1~r2</实体标识符>", "<关系>更正自</关系>",
                "<相关实体标识符>d1</相关实体标识符>", "更正第1轮（档号 Z011-WS·2026-D30-SHJZ-0007）：主送机关有误。");
        assertThat(xml).doesNotContain("被更正为");
        assertThat(ArchivalMetadataSchema.violations(xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aRecordWithoutRelationsHasNoRelationBlockAndAnUnknownRelationIsRefusedByTheSchema() {
        ArchiveRecord plain = FourPropertiesTest.record("江民发〔2026〕7号", FourPropertiesTest.TRAIL, List.of());
        assertThat(xml(plain, List.of())).doesNotContain("实体关系");
        String related = xml(plain, List.of(LINK));
        assertThat(ArchivalMetadataSchema.violations(related.replace("<关系>被更正为</关系>", "<关系>替代</关系>")
                .getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }
}
