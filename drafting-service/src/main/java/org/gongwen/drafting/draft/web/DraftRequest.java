package org.gongwen.drafting.draft.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;

/**
 * The editable fields of a draft as a client sends them. Workflow fields a client echoes back from a GET
 * (id, status, version …) are ignored, so a read-modify-write round trip just works. {@code reason} is the 更正理由
 * of {@code POST /api/drafts/{id}/correction}, ignored elsewhere.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DraftRequest(String docType, String title, List<String> mainRecipients, List<String> copyRecipients,
                    String body, String urgency, String classification, Integer classificationPeriodYears,
                    String direction, List<Attachment> attachments, String remarks, String copyNumber,
                    String issuingOrgan, List<String> coIssuers, String template, InReplyTo inReplyTo,
                    String reason) {

    /**
     * 答复 (issue 17): the 收文 this draft answers, as registry-service's {@code GET /api/registry/incoming/{id}/reply}
     * hands it over. {@code incomingId} and {@code receiptNumber} are the link the draft keeps; {@code senderOrgan},
     * {@code senderNumber} and {@code title} only prefill the reply (主送, the document cited, the title's 事由).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record InReplyTo(String incomingId, String receiptNumber, String senderOrgan, String senderNumber, String title) {
    }

    /**
     * An entry of the 附件说明. {@code sha256} keeps (or re-orders) an uploaded file; size and type are taken from
     * the stored file, never from the client. Without it the entry is a name whose file is still to come.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attachment(String name, String sha256) {
    }

    /** Null list elements become blanks, so that the input rules name them instead of the JVM failing on them. */
    DocumentContent toContent() {
        return new DocumentContent(docType, title, names(mainRecipients), names(copyRecipients), body, urgency,
                classification, classificationPeriodYears, direction,
                attachments == null ? List.of() : attachments.stream()
                        .map(a -> a == null ? new AttachmentRef("")
                                : new AttachmentRef(a.name() == null ? "" : a.name(), a.sha256(), null, null))
                        .toList(),
                remarks, copyNumber, issuingOrgan, coIssuers == null ? null : names(coIssuers));
    }

    /**
     * {@code POST /api/drafts {"template": "请示", …}}: the kind's skeleton, with every field the request does give
     * written over it (so a client may start from a template and fill in the title in the same call).
     */
    DocumentContent over(DocumentContent base) {
        DocumentContent given = toContent();
        return new DocumentContent(base.docType(), or(title, base.title()),
                mainRecipients == null ? base.mainRecipients() : given.mainRecipients(),
                copyRecipients == null ? base.copyRecipients() : given.copyRecipients(), or(body, base.body()),
                or(urgency, base.urgency()), or(classification, base.classification()),
                classificationPeriodYears == null ? base.classificationPeriodYears() : classificationPeriodYears,
                or(direction, base.direction()), attachments == null ? base.attachments() : given.attachments(),
                or(remarks, base.remarks()), or(copyNumber, base.copyNumber()), or(issuingOrgan, base.issuingOrgan()),
                coIssuers == null ? base.coIssuers() : given.coIssuers());
    }

    /**
     * The content of a 更正: the issued content with every field the request gives written over it, the 文种
     * included (so that changing it is refused by CORRECTION-6 rather than silently ignored).
     */
    DocumentContent correctionOf(DocumentContent issued) {
        DocumentContent over = over(issued);
        return docType == null ? over : new DocumentContent(docType, over.title(), over.mainRecipients(),
                over.copyRecipients(), over.body(), over.urgency(), over.classification(),
                over.classificationPeriodYears(), over.direction(), over.attachments(), over.remarks(),
                over.copyNumber(), over.issuingOrgan(), over.coIssuers());
    }

    private static String or(String given, String otherwise) {
        return given == null ? otherwise : given;
    }

    private static List<String> names(List<String> names) {
        return names == null ? List.of() : names.stream().map(n -> n == null ? "" : n).toList();
    }
}
