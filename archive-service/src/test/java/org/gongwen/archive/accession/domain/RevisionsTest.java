package org.gongwen.archive.accession.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongwen.archive.shared.domain.ArchivalClass;
import org.gongwen.archive.shared.domain.ArchiveNo;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.events.Corrects;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.Person;
import org.gongwen.kernel.Refusal;
import org.junit.jupiter.api.Test;

class RevisionsTest {

    private static final Person SIGNER = new Person("wangqiang", "王强", "JLD");
    private static final DocumentContent CONTENT = new DocumentContent("请示", "关于申请救助资金的请示",
            List.of("市财政局"), List.of(), "正文", null, null, null, "上行", List.of(), null);

    private static DocumentIssued issued(int revision, Corrects corrects) {
        return new DocumentIssued("doc-1", revision, "江民发〔2026〕1号", SIGNER, Instant.parse("2026-03-02T02:00:00Z"),
                LocalDate.of(2026, 3, 2), "abc", CONTENT, new Person("zhangwei", "张伟", "SHJZ"), List.of(), corrects);
    }

    private static ArchiveRecord record(String key, int revision) {
        return new ArchiveRecord(key, revision, new ArchiveNo("Z011",
                new ArchivalClass(2026, Retention.THIRTY_YEARS, "SHJZ"), 1), "江民发〔2026〕1号", CONTENT, "abc",
                null, SIGNER, Instant.parse("2026-03-02T02:00:00Z"), LocalDate.of(2026, 3, 2),
                Instant.parse("2026-03-02T02:00:01Z"), List.of());
    }

    private static Corrects corrects(int revision, String reason) {
        return new Corrects(revision, "江民发〔2026〕1号", SIGNER, reason);
    }

    @Test
    void theFirstIssueIsKeptUnderTheDocumentIdAndACorrectionUnderItsRevision() {
        assertThat(Revisions.recordIdOf(issued(1, null))).isEqualTo("doc-1");
        assertThat(Revisions.recordIdOf(issued(3, null))).as("returned twice, then issued").isEqualTo("doc-1");
        assertThat(Revisions.recordIdOf(issued(2, corrects(1, "更正")))).isEqualTo("doc-1~r2");
    }

    @Test
    void archiveCorrection1_aCorrectionOfADocumentNotInTheArchiveIsRefused() {
        assertThat(Revisions.refusalOf(issued(2, corrects(1, "更正")), Optional.empty()))
                .map(Refusal::rule).contains("ARCHIVE-CORRECTION-1");
    }

    @Test
    void archiveCorrection2_aCorrectionOfARevisionThatIsNoLongerCurrentIsRefused() {
        assertThat(Revisions.refusalOf(issued(3, corrects(1, "更正")), Optional.of(record("doc-1~r2", 2))))
                .map(Refusal::rule).contains("ARCHIVE-CORRECTION-2");
    }

    @Test
    void archiveCorrection3_aCorrectionWithoutReasonOrOfALaterRevisionIsRefused() {
        assertThat(Revisions.refusalOf(issued(2, corrects(1, " ")), Optional.of(record("doc-1", 1))))
                .map(Refusal::rule).contains("ARCHIVE-CORRECTION-3");
        assertThat(Revisions.refusalOf(issued(2, corrects(2, "更正")), Optional.of(record("doc-1", 2))))
                .map(Refusal::rule).contains("ARCHIVE-CORRECTION-3");
    }

    @Test
    void aCorrectionOfTheCurrentRevisionWithAReasonIsAccepted() {
        assertThat(Revisions.refusalOf(issued(2, corrects(1, "主送有误")), Optional.of(record("doc-1", 1)))).isEmpty();
        assertThat(Revisions.refusalOf(issued(3, corrects(2, "再次更正")), Optional.of(record("doc-1~r2", 2))))
                .isEmpty();
    }
}
