package org.gongwen.rendition;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the GB/T 9704 layout of an issued document needs (条例 第九条's 要素), each in the form it is printed in.
 * {@link IssuedDocuments#of} fills it from a {@code document.issued} event.
 *
 * @param docType          文种, e.g. 请示, 通知
 * @param upward           上行文: the head shows 签发人 (GB-SIGN-1/2)
 * @param copyNumber       份号, or null
 * @param classification   密级 (秘密, 机密, 绝密), or null
 * @param classificationPeriodYears 保密期限 in years, or null
 * @param urgency          紧急程度 (特急, 加急), or null
 * @param issuingOrgans    发文机关, the lead organ first; several = 联合行文 (GB-SIGNOFF-1)
 * @param markSuffix       what follows the organ names in the 发文机关标志: 文件, or empty for the names alone
 * @param documentNumber   发文字号, e.g. 江民发〔2026〕7号 (GB-NO-1)
 * @param signers          签发人 names in the order of the issuing organs (shown for 上行文)
 * @param title            标题
 * @param mainRecipients   主送机关
 * @param paragraphs       正文, one entry per paragraph; headings 一、/（一）/1./（1） as typed (GB-LAYER-1)
 * @param attachments      附件, in the order of the 附件说明
 * @param documentDate     成文日期
 * @param remarks          附注, or null (GB-NOTE-1: printed in parentheses)
 * @param copyRecipients   抄送机关
 * @param printingOrgan    印发机关
 * @param printingDate     印发日期
 * @param signerTitles     签发人职务 in the order of {@link #signers} (命令格式 prints them beside the 签名章,
 *                         GB/T 9704 7.3.5.3); empty when unknown
 * @param minutesPeriod    a 纪要's 期号 (第N期, printed in its head in place of the 发文字号), or null
 */
public record IssuedDocument(String docType, boolean upward, String copyNumber, String classification,
                             Integer classificationPeriodYears, String urgency, List<String> issuingOrgans,
                             String markSuffix, String documentNumber, List<String> signers, String title,
                             List<String> mainRecipients, List<String> paragraphs, List<Attachment> attachments,
                             LocalDate documentDate, String remarks, List<String> copyRecipients,
                             String printingOrgan, LocalDate printingDate, List<String> signerTitles,
                             Integer minutesPeriod) {

    public IssuedDocument {
        issuingOrgans = List.copyOf(issuingOrgans);
        if (issuingOrgans.isEmpty()) {
            throw new IllegalArgumentException("an issued document has at least one issuing organ");
        }
        markSuffix = markSuffix == null ? "" : markSuffix;
        signers = signers == null ? List.of() : List.copyOf(signers);
        mainRecipients = mainRecipients == null ? List.of() : List.copyOf(mainRecipients);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        copyRecipients = copyRecipients == null ? List.of() : List.copyOf(copyRecipients);
        signerTitles = signerTitles == null ? List.of() : List.copyOf(signerTitles);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(printingDate, "printingDate");
        if (minutesPeriod != null && minutesPeriod < 1) {
            throw new IllegalArgumentException("期号 starts at 1, got " + minutesPeriod);
        }
    }

    /** Without a 纪要 期号 (every 文种 but 纪要, and 纪要 issued before 期号 were numbered). */
    public IssuedDocument(String docType, boolean upward, String copyNumber, String classification,
                          Integer classificationPeriodYears, String urgency, List<String> issuingOrgans,
                          String markSuffix, String documentNumber, List<String> signers, String title,
                          List<String> mainRecipients, List<String> paragraphs, List<Attachment> attachments,
                          LocalDate documentDate, String remarks, List<String> copyRecipients,
                          String printingOrgan, LocalDate printingDate, List<String> signerTitles) {
        this(docType, upward, copyNumber, classification, classificationPeriodYears, urgency, issuingOrgans,
                markSuffix, documentNumber, signers, title, mainRecipients, paragraphs, attachments, documentDate,
                remarks, copyRecipients, printingOrgan, printingDate, signerTitles, null);
    }

    /** Without 签发人职务 (the shape before the special formats of GB/T 9704 §10). */
    public IssuedDocument(String docType, boolean upward, String copyNumber, String classification,
                          Integer classificationPeriodYears, String urgency, List<String> issuingOrgans,
                          String markSuffix, String documentNumber, List<String> signers, String title,
                          List<String> mainRecipients, List<String> paragraphs, List<Attachment> attachments,
                          LocalDate documentDate, String remarks, List<String> copyRecipients,
                          String printingOrgan, LocalDate printingDate) {
        this(docType, upward, copyNumber, classification, classificationPeriodYears, urgency, issuingOrgans,
                markSuffix, documentNumber, signers, title, mainRecipients, paragraphs, attachments, documentDate,
                remarks, copyRecipients, printingOrgan, printingDate, List.of());
    }

    /** 联合行文: several organs issue it together. */
    public boolean joint() {
        return issuingOrgans.size() > 1;
    }

    public IssuedDocument withParagraphs(List<String> newParagraphs) {
        return new IssuedDocument(docType, upward, copyNumber, classification, classificationPeriodYears, urgency,
                issuingOrgans, markSuffix, documentNumber, signers, title, mainRecipients, newParagraphs, attachments,
                documentDate, remarks, copyRecipients, printingOrgan, printingDate, signerTitles, minutesPeriod);
    }

    public IssuedDocument withAttachments(List<Attachment> newAttachments) {
        return new IssuedDocument(docType, upward, copyNumber, classification, classificationPeriodYears, urgency,
                issuingOrgans, markSuffix, documentNumber, signers, title, mainRecipients, paragraphs, newAttachments,
                documentDate, remarks, copyRecipients, printingOrgan, printingDate, signerTitles, minutesPeriod);
    }

    public IssuedDocument withOrgans(List<String> organs, List<String> newSigners) {
        return new IssuedDocument(docType, upward, copyNumber, classification, classificationPeriodYears, urgency,
                organs, markSuffix, documentNumber, newSigners, title, mainRecipients, paragraphs, attachments,
                documentDate, remarks, copyRecipients, printingOrgan, printingDate, signerTitles, minutesPeriod);
    }

    public IssuedDocument withMinutesPeriod(Integer period) {
        return new IssuedDocument(docType, upward, copyNumber, classification, classificationPeriodYears, urgency,
                issuingOrgans, markSuffix, documentNumber, signers, title, mainRecipients, paragraphs, attachments,
                documentDate, remarks, copyRecipients, printingOrgan, printingDate, signerTitles, period);
    }

    public IssuedDocument withSignerTitles(List<String> titles) {
        return new IssuedDocument(docType, upward, copyNumber, classification, classificationPeriodYears, urgency,
                issuingOrgans, markSuffix, documentNumber, signers, title, mainRecipients, paragraphs, attachments,
                documentDate, remarks, copyRecipients, printingOrgan, printingDate, titles, minutesPeriod);
    }

    /**
     * One 附件: its name as in the 附件说明 (and as the title of its pages, GB-ATT-2) and the paragraphs printed on
     * its pages (empty when the attachment is a file of its own that is bound behind the document).
     */
    public record Attachment(String name, List<String> paragraphs) {

        public Attachment {
            Objects.requireNonNull(name, "name");
            paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        }
    }
}
