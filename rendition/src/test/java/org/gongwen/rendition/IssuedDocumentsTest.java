package org.gongwen.rendition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.Person;
import org.gongwen.events.TrailEntry;
import org.junit.jupiter.api.Test;

/** What document.issued carries is enough to lay the document out. */
class IssuedDocumentsTest {

    private static DocumentIssued issued(String issuingOrgan, List<String> coIssuers, Instant issuedAt) {
        DocumentContent content = new DocumentContent("请示", "江城市民政局关于申请2027年度社会救助资金的请示",
                List.of("江城市人民政府"), List.of("市财政局"), "为保障……\n\n　　妥否，请批示。\n", "加急", "秘密", 5, "上行",
                List.of(new AttachmentRef("资金测算表", "ab".repeat(32), 10L, "application/pdf")),
                "（联系人：张伟，电话：0000-0000000）", "000001", issuingOrgan, coIssuers);
        return new DocumentIssued("d-1", 1, "江民发〔2026〕7号", new Person("wangqiang", "王强", "JZ"), issuedAt,
                LocalDate.of(2026, 11, 21), "hash", content, new Person("zhangwei", "张伟", "SHJZ"), List.of());
    }

    @Test
    void document_issued_fills_every_element_of_the_layout() {
        IssuedDocument doc = IssuedDocuments.of(issued(null, List.of(), Instant.parse("2026-11-21T02:00:00Z")),
                "江城市民政局", "江城市民政局办公室");
        assertThat(doc.upward()).isTrue();
        assertThat(doc.issuingOrgans()).containsExactly("江城市民政局");
        assertThat(doc.markSuffix()).isEqualTo("文件");
        assertThat(doc.signers()).containsExactly("王强");
        assertThat(doc.paragraphs()).containsExactly("为保障……", "妥否，请批示。");
        assertThat(doc.attachments()).extracting(IssuedDocument.Attachment::name).containsExactly("资金测算表");
        assertThat(doc.copyNumber()).isEqualTo("000001");
        assertThat(doc.classification()).isEqualTo("秘密");
        assertThat(doc.classificationPeriodYears()).isEqualTo(5);
        assertThat(doc.urgency()).isEqualTo("加急");
        assertThat(doc.copyRecipients()).containsExactly("市财政局");
        assertThat(doc.printingOrgan()).isEqualTo("江城市民政局办公室");
        assertThat(doc.printingDate()).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void joint_document_lists_the_lead_organ_first_then_the_co_issuers() {
        IssuedDocument doc = IssuedDocuments.of(issued("江城市财政局", List.of("江城市民政局"), null), "江城市民政局",
                "江城市财政局办公室");
        assertThat(doc.issuingOrgans()).containsExactly("江城市财政局", "江城市民政局");
        assertThat(doc.joint()).isTrue();
        assertThat(doc.printingDate()).isEqualTo(doc.documentDate());
    }

    @Test
    void printing_date_is_the_issue_day_in_the_office_zone_never_before_the_document_date() {
        // 20:00 UTC is already the next day, 04:00, in Beijing
        IssuedDocument doc = IssuedDocuments.of(issued(null, List.of(), Instant.parse("2026-11-21T20:00:00Z")),
                "江城市民政局", "江城市民政局办公室");
        assertThat(doc.printingDate()).isEqualTo(LocalDate.of(2026, 11, 22));
        IssuedDocument early = IssuedDocuments.of(issued(null, List.of(), Instant.parse("2026-11-19T00:00:00Z")),
                "江城市民政局", "江城市民政局办公室");
        assertThat(early.printingDate()).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void signer_title_for_the_order_format_is_the_role_of_the_last_signing_act() {
        Instant at = Instant.parse("2026-11-21T02:00:00Z");
        DocumentIssued plain = issued(null, List.of(), at);
        assertThat(IssuedDocuments.of(plain, "江城市民政局", "江城市民政局办公室").signerTitles()).isEmpty();
        DocumentIssued signed = new DocumentIssued(plain.documentId(), 1, plain.documentNumber(), plain.signer(), at,
                plain.documentDate(), "hash", plain.content(), plain.drafter(),
                List.of(new TrailEntry("APPROVED", new Person("zhaomin", "赵敏", "BGS"), "DIRECTOR", 2, at, "同意", "hash"),
                        new TrailEntry("SIGNED", plain.signer(), "CHIEF", 3, at, "同意", "hash")));
        assertThat(IssuedDocuments.of(signed, "江城市民政局", "江城市民政局办公室").signerTitles()).containsExactly("局长");
    }
}
