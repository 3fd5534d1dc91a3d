package org.gongwen.archive.rendering.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongwen.archive.rendering.domain.RenditionCheck.Inspection;
import org.gongwen.archive.rendering.domain.RenditionCheck.LeafState;
import org.gongwen.archive.rendering.domain.RenditionCheck.Stored;
import org.junit.jupiter.api.Test;

/** 四性 of the 版式文件 (DA/T 70, reference.md §3.5): hashes for 真实性, opening for 可用性. */
class RenditionCheckTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    private static Inspection sound(String format, String hash) {
        return new Inspection(format, hash, hash, 3, null);
    }

    @Test
    void soundFilesWhoseLeafMatchesPassBothChecks() {
        RenditionCheck.Verdict v = RenditionCheck.judge(new RenditionCheck.Rendered(
                new Stored(sound("PDF", A), sound("OFD", B), LeafState.MATCHES, 3)));
        assertThat(v.hashFaults()).isEmpty();
        assertThat(v.readFaults()).isEmpty();
        assertThat(v.stateZh()).contains("3 页");
    }

    @Test
    void aFileWhoseBytesNoLongerHashToTheStoredSha256IsAnAuthenticityFault() {
        RenditionCheck.Verdict v = RenditionCheck.judge(new RenditionCheck.Rendered(new Stored(
                new Inspection("PDF", A, B, 3, null), sound("OFD", B), LeafState.MATCHES, 3)));
        assertThat(v.hashFaults()).singleElement().asString().contains("PDF", "哈希不符");
        assertThat(v.readFaults()).isEmpty();
    }

    @Test
    void storedHashesThatDifferFromTheLogLeafOrHaveNoLeafAreAuthenticityFaults() {
        Stored differs = new Stored(sound("PDF", A), sound("OFD", B), LeafState.DIFFERS, 3);
        assertThat(RenditionCheck.judge(new RenditionCheck.Rendered(differs)).hashFaults()).hasSize(1);
        Stored missing = new Stored(sound("PDF", A), sound("OFD", B), LeafState.MISSING, 3);
        assertThat(RenditionCheck.judge(new RenditionCheck.Rendered(missing)).hashFaults()).singleElement()
                .asString().contains("不在日志中");
        Stored queued = new Stored(sound("PDF", A), sound("OFD", B), LeafState.QUEUED, 3);
        assertThat(RenditionCheck.judge(new RenditionCheck.Rendered(queued)).hashFaults())
                .as("a leaf waiting for the sequencer is not a fault").isEmpty();
    }

    @Test
    void aFileThatDoesNotOpenOrHasOtherPagesIsAUsabilityFault() {
        RenditionCheck.Verdict v = RenditionCheck.judge(new RenditionCheck.Rendered(new Stored(
                new Inspection("PDF", A, A, null, "IOException: Error: End-of-File"),
                new Inspection("OFD", B, B, 2, null), LeafState.MATCHES, 3)));
        assertThat(v.readFaults()).hasSize(2);
        assertThat(v.readFaults().get(0)).contains("PDF", "无法打开", "End-of-File");
        assertThat(v.readFaults().get(1)).contains("OFD", "页数 2", "应为 3");
    }

    @Test
    void aPendingOrNeverRenderedRecordHasNothingToFailButAGivenUpRenderIsAUsabilityFault() {
        assertThat(RenditionCheck.judge(new RenditionCheck.Pending()).readFaults()).isEmpty();
        assertThat(RenditionCheck.judge(new RenditionCheck.NotRendered()).hashFaults()).isEmpty();
        assertThat(RenditionCheck.judge(new RenditionCheck.GivenUp("MissingFontException: no HEITI")).readFaults())
                .singleElement().asString().contains("生成失败", "MissingFontException");
    }

    @Test
    void theDownloadIsNamedAfterTheDocumentNumberElseTheArchiveNumber() {
        assertThat(RenditionFormat.PDF.fileName("江民发〔2026〕7号", "Z011-WS·2026-D30-SHJZ-0001"))
                .isEqualTo("江民发〔2026〕7号.pdf");
        assertThat(RenditionFormat.OFD.fileName(" ", "Z011-WS·2026-D30-SHJZ-0001"))
                .isEqualTo("Z011-WS·2026-D30-SHJZ-0001.ofd");
        assertThat(RenditionFormat.OFD.fileName("江民发/2026:7?号", "x")).isEqualTo("江民发_2026_7_号.ofd");
    }
}
