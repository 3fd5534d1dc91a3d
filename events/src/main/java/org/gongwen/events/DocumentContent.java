package org.gongwen.events;

import java.util.List;

/**
 * Everything a reviewer saw and a signer signed: the draft's fields at submission (contract §2 "Draft body
 * fields" without the workflow fields). Its canonical JSON is what {@code contentHash} is computed over.
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
        String remarks) {

    public DocumentContent {
        mainRecipients = mainRecipients == null ? List.of() : List.copyOf(mainRecipients);
        copyRecipients = copyRecipients == null ? List.of() : List.copyOf(copyRecipients);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
