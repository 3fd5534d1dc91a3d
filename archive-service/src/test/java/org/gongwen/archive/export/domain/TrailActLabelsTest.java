package org.gongwen.archive.export.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongwen.archive.accession.domain.FourPropertiesTest;
import org.gongwen.archive.export.application.ArchivalMetadataSchema;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RecordMetadata;
import org.gongwen.events.Person;
import org.gongwen.events.TrailAction;
import org.gongwen.events.TrailEntry;
import org.junit.jupiter.api.Test;

/**
 * Every act a trail can hold (TrailAction: the list review-service's journal takes its codes from) is written to
 * metadata.xml and content.txt as a 业务行为 of the 条例 / GB/T 18894 vocabulary (reference.md §1.6, §1.7, §3.4),
 * never as the raw code: a new act without a name fails here.
 */
class TrailActLabelsTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void everyActHasAChineseNameThatIsNotItsCode() {
        for (TrailAction a : TrailAction.values()) {
            String label = ArchivalMetadataXml.act(a.name());
            assertThat(label).as(a.name()).isNotBlank().isNotEqualTo(a.name()).doesNotContain(a.name())
                    .matches(s -> HAN.matcher(s).find(), "contains Chinese").doesNotContainPattern("[A-Za-z_]");
        }
    }

    @Test
    void differentActsAreNotMergedUnderOneName() {
        List<String> labels = Arrays.stream(TrailAction.values()).map(a -> ArchivalMetadataXml.act(a.name())).toList();
        assertThat(labels).doesNotHaveDuplicates();
    }

    @Test
    void theNamesChosenFromTheVocabulary() {
        assertThat(ArchivalMetadataXml.act("SUBMITTED")).isEqualTo("起草");
        assertThat(ArchivalMetadataXml.act("APPROVED")).isEqualTo("审核");
        assertThat(ArchivalMetadataXml.act("SIGNED")).isEqualTo("签发");
        assertThat(ArchivalMetadataXml.act("COUNTERSIGNED")).isEqualTo("会签");
        assertThat(ArchivalMetadataXml.act("COUNTERSIGN_REQUESTED")).isEqualTo("发起会签");
        assertThat(ArchivalMetadataXml.act("URGED")).isEqualTo("催办");
        assertThat(ArchivalMetadataXml.act("REVIEWER_ADDED")).isEqualTo("加签");
        assertThat(ArchivalMetadataXml.act("REVIEWER_REMOVED")).isEqualTo("减签");
        // escalation is not a 催办: nobody urged, the deadline passed and the next level oversees it
        assertThat(ArchivalMetadataXml.act("ESCALATED")).isEqualTo("超期督办");
    }

    @Test
    void aCodeFromANewerProducerIsKeptVisiblyNotDropped() {
        assertThat(ArchivalMetadataXml.act("FILED_TWICE")).isEqualTo("其他（FILED_TWICE）");
        assertThat(ArchivalMetadataXml.act(null)).isNull();
    }

    @Test
    void metadataXmlAndContentTxtNameEveryActOfATrailHoldingThemAll() {
        Person actor = new Person("zhaomin", "赵敏", "BGS");
        List<TrailEntry> trail = Arrays.stream(TrailAction.values())
                .map(a -> new TrailEntry(a.name(), actor, "DIRECTOR", 2, FourPropertiesTest.AT, null, "h")).toList();
        ArchiveRecord r = FourPropertiesTest.record("江民发〔2026〕7号", trail, List.of());
        RecordMetadata metadata = RecordMetadata.of(r, List.of(), List.of());

        String xml = ArchivalMetadataXml.of(r, metadata, "江城市民政局");
        Matcher m = Pattern.compile("<业务行为>([^<]*)</业务行为>").matcher(xml);
        List<String> written = m.results().map(g -> g.group(1)).toList();
        assertThat(written).hasSize(TrailAction.values().length)
                .allSatisfy(label -> assertThat(label).doesNotContainPattern("[A-Za-z_]"));
        assertThat(ArchivalMetadataSchema.violations(xml.getBytes(StandardCharsets.UTF_8))).isEmpty();

        String text = RecordRendering.text(r, metadata, "江城市民政局");
        String process = text.substring(text.indexOf("【办理过程】"));
        for (TrailAction a : TrailAction.values()) {
            assertThat(process).doesNotContain(a.name()).contains(" " + ArchivalMetadataXml.act(a.name()) + " 赵敏");
        }
    }
}
