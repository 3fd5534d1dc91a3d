package org.gongwen.archive.accession.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.gongwen.archive.export.domain.ArchivalMetadataXml;
import org.gongwen.archive.export.domain.Formats;
import org.gongwen.archive.rendering.domain.RenditionCheck;
import org.gongwen.archive.shared.domain.ArchivalClass;
import org.gongwen.archive.shared.domain.ArchiveNo;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RecordMetadata;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.gongwen.events.TrailEntry;
import org.junit.jupiter.api.Test;

/** 四性检测 (DA/T 70-2018, reference.md §3.5), GB/T 18894 minimum metadata (§3.4), DA/T 48-style metadata (§3.3). */
public class FourPropertiesTest {

    public static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    public static ArchiveRecord record(String documentNumber, List<TrailEntry> trail, List<AttachmentRef> attachments) {
        DocumentContent content = new DocumentContent("请示", "关于申请<专项>资金的请示", List.of("市财政局"),
                List.of(), "特申请专项资金 & 经费。", null, null, null, "上行", attachments, null);
        return new ArchiveRecord("d1", 1, new ArchiveNo("Z011", new ArchivalClass(2026, Retention.THIRTY_YEARS, "SHJZ"),
                7), documentNumber, content, "h", new Person("zhangwei", "张伟", "SHJZ"),
                new Person("wangqiang", "王强", "JLD"), AT, LocalDate.of(2026, 3, 2), AT, trail);
    }

    public static final List<TrailEntry> TRAIL = List.of(
            new TrailEntry("SUBMITTED", new Person("zhangwei", "张伟", "SHJZ"), "CLERK", null, AT, null, "h"),
            new TrailEntry("APPROVED", new Person("zhaomin", "赵敏", "BGS"), "DIRECTOR", 2, AT, "同意", "h",
                    "sunli", "孙立"),
            new TrailEntry("SIGNED", new Person("wangqiang", "王强", "JLD"), "CHIEF", 3, AT, "同意，签发", "h"));

    static FourProperties.Facts facts(FourProperties.ItemSequence sequence, long accessEntries) {
        ArchiveRecord r = record("江民发〔2026〕7号", TRAIL, List.of());
        return new FourProperties.Facts(true, true, true, true, FourProperties.missingMetadata(r),
                FourProperties.missingTrailActs(r), sequence, List.of(), List.of(), List.of(), accessEntries, true,
                true, RenditionCheck.judge(new RenditionCheck.Pending()), List.of());
    }

    @Test
    void allFourPropertiesPassWhenEveryCheckDoes() {
        FourProperties.Report report = FourProperties.evaluate(facts(new FourProperties.ItemSequence(7, 7), 1));
        assertThat(report.passed()).isTrue();
        assertThat(report.properties()).extracting(FourProperties.Property::nameZh)
                .containsExactly("真实性", "完整性", "可用性", "安全性");
    }

    @Test
    void integrityFailsOnAGapInTheItemNumbersOfTheClass() {
        // DA/T 70 完整性 "no gaps in serial numbers (件号)"; DA/T 22 件号 gap-free per class (§3.2)
        FourProperties.Report report = FourProperties.evaluate(facts(new FourProperties.ItemSequence(6, 7), 1));
        assertThat(report.passed()).isFalse();
        FourProperties.Property integrity = report.properties().get(1);
        assertThat(integrity.passed()).isFalse();
        assertThat(integrity.checks()).filteredOn(c -> !c.passed()).extracting(FourProperties.Check::code)
                .containsExactly("item-numbers");
        assertThat(report.properties().get(0).passed()).isTrue();
    }

    @Test
    void aRenditionWhoseHashDiffersFailsAuthenticityAndOneThatDoesNotOpenFailsUsability() {
        // issue 18: the 版式文件 are checked like the record (DA/T 70 真实性, 可用性)
        FourProperties.Facts sound = facts(new FourProperties.ItemSequence(7, 7), 1);
        RenditionCheck.Verdict broken = RenditionCheck.judge(new RenditionCheck.Rendered(new RenditionCheck.Stored(
                new RenditionCheck.Inspection("PDF", "a".repeat(64), "a".repeat(64), null, "IOException: broken"),
                new RenditionCheck.Inspection("OFD", "b".repeat(64), "c".repeat(64), 1, null),
                RenditionCheck.LeafState.MATCHES, 1)));
        FourProperties.Report report = FourProperties.evaluate(new FourProperties.Facts(sound.contentHashMatches(),
                sound.leafMatchesRecord(), sound.inclusionVerifies(), sound.checkpointSignatureVerifies(),
                sound.missingMetadata(), sound.missingTrailActs(), sound.sequence(), sound.missingAttachments(),
                sound.unreadable(), sound.formatsNotAllowed(), sound.accessLogEntries(), sound.appendOnlyEnforced(),
                sound.withinReaderClearance(), broken, List.of()));
        assertThat(report.passed()).isFalse();
        assertThat(report.properties().get(0).checks()).filteredOn(c -> !c.passed())
                .extracting(FourProperties.Check::code).containsExactly("rendition-hash");
        assertThat(report.properties().get(2).checks()).filteredOn(c -> !c.passed())
                .extracting(FourProperties.Check::code).containsExactly("rendition-readable");
        assertThat(report.properties().get(1).passed()).isTrue();
    }

    @Test
    void aDeletedRevisionLinkFailsAuthenticityAndNamesTheCorrection() {
        FourProperties.Facts sound = facts(new FourProperties.ItemSequence(7, 7), 1);
        FourProperties.Report report = FourProperties.evaluate(new FourProperties.Facts(sound.contentHashMatches(),
                sound.leafMatchesRecord(), sound.inclusionVerifies(), sound.checkpointSignatureVerifies(),
                sound.missingMetadata(), sound.missingTrailActs(), sound.sequence(), sound.missingAttachments(),
                sound.unreadable(), sound.formatsNotAllowed(), sound.accessLogEntries(), sound.appendOnlyEnforced(),
                sound.withinReaderClearance(), sound.renditions(),
                List.of(new RevisionLinkCheck.Finding("d1~r2", RevisionLinkCheck.Fault.DELETED))));
        assertThat(report.passed()).isFalse();
        assertThat(report.properties().get(0).checks()).filteredOn(c -> !c.passed()).singleElement()
                .satisfies(c -> {
                    assertThat(c.code()).isEqualTo("revision-links");
                    assertThat(c.detailZh()).contains("d1~r2", "删除");
                    assertThat(c.detailEn()).contains("d1~r2", "deleted");
                });
    }

    @Test
    void securityFailsWithoutAnyAccessLogEntry() {
        FourProperties.Report report = FourProperties.evaluate(facts(new FourProperties.ItemSequence(7, 7), 0));
        assertThat(report.properties().get(3).passed()).isFalse();
    }

    @Test
    void gbt18894MinimumMetadataNamesWhatIsMissing() {
        assertThat(FourProperties.missingMetadata(record("江民发〔2026〕7号", TRAIL, List.of()))).isEmpty();
        assertThat(FourProperties.missingMetadata(record(null, TRAIL, List.of()))).containsExactly("文件编号");
    }

    @Test
    void gbt18894TrailOfADispatchedDocumentNeedsDraftingAndSigning() {
        assertThat(FourProperties.missingTrailActs(record("x", TRAIL.subList(1, 2), List.of())))
                .containsExactly("起草", "签发");
    }

    @Test
    void datT48MetadataIsWellFormedWithOneBusinessEntityPerActOfTheTrail() throws Exception {
        ArchiveRecord r = record("江民发〔2026〕7号", TRAIL, List.of(new AttachmentRef("预算表.pdf",
                "a".repeat(64), 12L, "application/pdf")));
        String xml = ArchivalMetadataXml.of(r, new RecordMetadata(Retention.THIRTY_YEARS, 3, null, false), "江城市民政局");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("业务实体").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("题名").item(0).getTextContent()).isEqualTo("关于申请<专项>资金的请示");
        assertThat(xml).contains("<档号>Z011-WS·2026-D30-SHJZ-0007</档号>", "<件号>0007</件号>", "<日期>20260302</日期>",
                "<业务行为>起草</业务行为>", "<业务行为>签发</业务行为>", "赵敏代孙立审核：同意", "<页数>3</页数>",
                "<计算机文件名>attachments/1-预算表.pdf</计算机文件名>", "<责任者>王强</责任者>");
    }

    @Test
    void usabilityChecksTheFileSignatureNotJustTheDeclaredType() {
        assertThat(Formats.readable("application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(Formats.readable("application/pdf", "<html>".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(Formats.readable("text/plain; charset=UTF-8", new byte[] {(byte) 0xC3, 0x28})).isFalse();
        assertThat(Formats.allowed("application/x-msdownload")).isFalse();
        assertThat(Formats.allowed("application/ofd")).isTrue();
    }
}
