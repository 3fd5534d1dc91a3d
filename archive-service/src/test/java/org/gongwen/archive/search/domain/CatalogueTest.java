package org.gongwen.archive.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongwen.archive.shared.domain.ArchivalClass;
import org.gongwen.archive.shared.domain.ArchiveNo;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RecordMetadata;
import org.gongwen.archive.shared.domain.Retention;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.junit.jupiter.api.Test;

/** DA/T 22-2015 归档文件目录 and 归档章 (reference.md §3.2). */
class CatalogueTest {

    static ArchiveRecord record(String id, int item, String number, String title, String classification) {
        DocumentContent content = new DocumentContent("通知", title, List.of("各区民政局"), List.of(), "正文", null,
                classification, null, "下行", List.of(), null);
        return new ArchiveRecord(id, 1, new ArchiveNo("Z011", new ArchivalClass(2026, Retention.TEN_YEARS, "BGS"),
                item), number, content, "h", new Person("zhangwei", "张伟", "BGS"), new Person("wangqiang", "王强", "JLD"),
                Instant.EPOCH, LocalDate.of(2026, 11, 2), Instant.EPOCH, List.of());
    }

    @Test
    void theCatalogueListsInItemOrderWithEightDigitDatesAndBlanksForMissingNumberAndClassification() {
        List<Catalogue.Entry> entries = Catalogue.of(List.of(record("b", 2, null, "关于=1的通知", "秘密"),
                record("a", 1, "江民发〔2026〕3号", "关于养老服务的通知", null)),
                Map.of("b", new RecordMetadata(Retention.TEN_YEARS, 4, "有附件", false)));
        assertThat(entries).containsExactly(
                new Catalogue.Entry(1, "Z011-WS·2026-D10-BGS-0001", "江民发〔2026〕3号", "王强", "关于养老服务的通知",
                        "20261102", "", null, ""),
                new Catalogue.Entry(2, "Z011-WS·2026-D10-BGS-0002", "", "王强", "关于=1的通知", "20261102", "秘密", 4,
                        "有附件"));
    }

    @Test
    void theCsvHasTheStandardColumnsABomAndNoFormulaInjection() {
        String csv = Catalogue.csv(List.of(new Catalogue.Entry(1, "Z011-WS·2026-D10-BGS-0001", "", "王强",
                "=HYPERLINK(\"x\"),标题", "20261102", "", 3, "")));
        assertThat(csv).startsWith("\uFEFF序号,档号,文号,责任者,题名,日期,密级,页数,备注\r\n")
                .contains("1,Z011-WS·2026-D10-BGS-0001,,王强,\"'=HYPERLINK(\"\"x\"\"),标题\",20261102,,3,\r\n");
    }

    @Test
    void theArchivalStampCarriesFondsYearItemUnitRetentionAndPages() {
        assertThat(Catalogue.Stamp.of(record("a", 7, "x", "t", null),
                new RecordMetadata(Retention.TEN_YEARS, 2, null, false)))
                .isEqualTo(new Catalogue.Stamp("Z011", 2026, "0007", "BGS", "定期10年", 2));
    }
}
