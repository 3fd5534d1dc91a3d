package org.gongwen.events;

import java.util.List;

/**
 * Everything a reviewer saw and a signer signed: the draft's fields at submission (contract §2 "Draft body
 * fields" without the workflow fields). Its canonical JSON is what {@code contentHash} is computed over.
 *
 * @param copyNumber  份号 of a classified document (6 Arabic digits, GB-COPY-1), null when none
 * @param issuingOrgan 发文机关 (the lead organ of a joint document), null = the organisation of the drafter
 * @param coIssuers   the other organs of a 联合行文, in order after the lead organ; empty when not joint
 */
public record DocumentContent(
        String docType,
        String title,
        List<String> mainRecipients,
        List<String> copyRecipients,
        String body,
        String urgency,
        String classification,
        Integer classificationPeriodYears,
        String direction,
        List<AttachmentRef> attachments,
        String remarks,
        String copyNumber,
        String issuingOrgan,
        List<String> coIssuers) {

    public DocumentContent {
        mainRecipients = mainRecipients == null ? List.of() : List.copyOf(mainRecipients);
        copyRecipients = copyRecipients == null ? List.of() : List.copyOf(copyRecipients);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        coIssuers = coIssuers == null ? List.of() : List.copyOf(coIssuers);
    }

    /** The v1 shape, before 份号, 发文机关 and co-issuers were part of the content. */
    public DocumentContent(String docType, String title, List<String> mainRecipients, List<String> copyRecipients,
                           String body, String urgency, String classification, Integer classificationPeriodYears,
                           String direction, List<AttachmentRef> attachments, String remarks) {
        this(docType, title, mainRecipients, copyRecipients, body, urgency, classification,
                classificationPeriodYears, direction, attachments, remarks, null, null, null);
    }
}
