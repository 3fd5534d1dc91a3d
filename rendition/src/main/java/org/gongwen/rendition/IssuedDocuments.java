package org.gongwen.rendition;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.TrailAction;
import org.gongwen.events.TrailEntry;

/** Fills an {@link IssuedDocument} from what the suite knows at 签发: the {@code document.issued} event. */
public final class IssuedDocuments {

    /** The office's time zone: 成文日期 and 印发日期 are its calendar days. */
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    /** The reviewers' role codes (contract §1) as the 职务 printed under a 命令. */
    private static final Map<String, String> TITLES = Map.of("CHIEF", "局长", "DIRECTOR", "主任",
            "DEPUTY_DIRECTOR", "分管主任");

    private IssuedDocuments() {
    }

    /**
     * @param organ         the drafter's organ, used when the content names no 发文机关 (e.g. 江城市民政局)
     * @param printingOrgan 印发机关, e.g. 江城市民政局办公室
     */
    public static IssuedDocument of(DocumentIssued issued, String organ, String printingOrgan) {
        DocumentContent content = issued.content();
        List<String> organs = new ArrayList<>();
        organs.add(content.issuingOrgan() == null || content.issuingOrgan().isBlank() ? organ : content.issuingOrgan());
        organs.addAll(content.coIssuers());
        List<String> signers = issued.signer() == null ? List.of() : List.of(issued.signer().name());
        LocalDate documentDate = issued.documentDate();
        LocalDate printed = issued.issuedAt() == null ? documentDate
                : issued.issuedAt().atZone(OFFICE_ZONE).toLocalDate();
        // GB-PRINT-2: printed no earlier than signed
        if (printed.isBefore(documentDate)) {
            printed = documentDate;
        }
        List<IssuedDocument.Attachment> attachments = content.attachments().stream()
                .map(a -> new IssuedDocument.Attachment(a.name(), List.of())).toList();
        return new IssuedDocument(content.docType(), "上行".equals(content.direction()), content.copyNumber(),
                content.classification(), content.classificationPeriodYears(), content.urgency(), organs, "文件",
                issued.documentNumber(), signers, content.title(), content.mainRecipients(),
                paragraphs(content.body()), attachments, documentDate, content.remarks(), content.copyRecipients(),
                printingOrgan, printed, signerTitles(issued), issued.minutesPeriod());
    }

    /**
     * 签发人职务 (命令格式, GB/T 9704 7.3.5.3): the role the signer held in the 签发 act of the trail, as a title
     * (CHIEF 局长); empty when the trail has no 签发.
     */
    static List<String> signerTitles(DocumentIssued issued) {
        List<TrailEntry> trail = issued.trail();
        for (int i = trail.size() - 1; i >= 0; i--) {
            TrailEntry entry = trail.get(i);
            if (TrailAction.SIGNED.name().equals(entry.action()) && entry.role() != null) {
                return List.of(TITLES.getOrDefault(entry.role(), entry.role()));
            }
        }
        return List.of();
    }

    /** The body as typed: one paragraph a line, blank lines and leading blanks dropped. */
    public static List<String> paragraphs(String body) {
        if (body == null) {
            return List.of();
        }
        return Arrays.stream(body.split("\\R+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
