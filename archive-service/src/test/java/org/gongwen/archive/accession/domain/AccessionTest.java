package org.gongwen.archive.accession.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongwen.archive.shared.domain.ArchivalClass;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.Person;
import org.junit.jupiter.api.Test;

class AccessionTest {

    private static final RetentionSchedule SCHEDULE =
            new RetentionSchedule(Map.of("纪要", Retention.PERMANENT), Retention.THIRTY_YEARS);

    private static DocumentIssued issued(String docType, LocalDate documentDate, String unit, String hash) {
        DocumentContent content = new DocumentContent(docType, "关于申请救助资金的请示", List.of("市财政局"), List.of(),
                "正文", null, null, null, "上行", List.of(), null);
        return new DocumentIssued("doc-1", 1, "江民发〔2026〕1号", new Person("wangqiang", "王强", "JLD"),
                Instant.parse("2026-03-02T02:00:00Z"), documentDate, hash, content,
                new Person("zhangwei", "张伟", unit), List.of());
    }

    @Test
    void contentWhoseRecomputedHashDiffersFromTheSignedHashIsRefused() {
        Accession.Decision decision = Accession.decide(issued("请示", LocalDate.of(2026, 3, 2), "SHJZ", "abc"), "def",
                SCHEDULE);
        assertThat(decision).isInstanceOfSatisfying(Accession.Refused.class,
                r -> assertThat(r.refusal().code()).isEqualTo("content-hash-mismatch"));
    }

    @Test
    void matchingContentGoesIntoTheClassOfDocumentYearRetentionAndDrafterUnit() {
        Accession.Decision decision = Accession.decide(issued("请示", LocalDate.of(2026, 3, 2), "SHJZ", "abc"), "abc",
                SCHEDULE);
        assertThat(decision).isEqualTo(
                new Accession.Accepted(new ArchivalClass(2026, Retention.THIRTY_YEARS, "SHJZ")));
    }

    @Test
    void retentionFollowsTheScheduleForTheDocType() {
        Accession.Decision decision = Accession.decide(issued("纪要", LocalDate.of(2026, 3, 2), "BGS", "abc"), "abc",
                SCHEDULE);
        assertThat(((Accession.Accepted) decision).retention()).isEqualTo(Retention.PERMANENT);
    }

    @Test
    void aDocumentWithoutDocumentDateOrUnitIsRefused() {
        assertThat(Accession.decide(issued("请示", null, "SHJZ", "abc"), "abc", SCHEDULE))
                .isInstanceOf(Accession.Refused.class);
        assertThat(Accession.decide(issued("请示", LocalDate.of(2026, 3, 2), "", "abc"), "abc", SCHEDULE))
                .isInstanceOf(Accession.Refused.class);
    }
}
