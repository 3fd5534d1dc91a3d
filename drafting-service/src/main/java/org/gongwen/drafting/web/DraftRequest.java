package org.gongwen.drafting.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;

/**
 * The editable fields of a draft as a client sends them. Workflow fields a client echoes back from a GET
 * (id, status, version …) are ignored, so a read-modify-write round trip just works.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DraftRequest(String docType, String title, List<String> mainRecipients, List<String> copyRecipients,
                    String body, String urgency, String classification, Integer classificationPeriodYears,
                    String direction, List<Attachment> attachments, String remarks) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attachment(String name) {
    }

    /** Null list elements become blanks, so that the input rules name them instead of the JVM failing on them. */
    DocumentContent toContent() {
        return new DocumentContent(docType, title, names(mainRecipients), names(copyRecipients), body, urgency,
                classification, classificationPeriodYears, direction,
                attachments == null ? List.of() : attachments.stream()
                        .map(a -> new AttachmentRef(a == null || a.name() == null ? "" : a.name()))
                        .toList(),
                remarks);
    }

    private static List<String> names(List<String> names) {
        return names == null ? List.of() : names.stream().map(n -> n == null ? "" : n).toList();
    }
}
