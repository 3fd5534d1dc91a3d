package org.gongwen.drafting.trail.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gongwen.events.DocumentContent;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two saved versions, field by field: the texts a reader reads closely (title, body,
 * remarks) as character diffs, every other field as its value before and after. Unchanged fields are left out.
 */
public final class ContentDiff {

    /** One changed field: {@code text} for title/body/remarks, else {@code before}/{@code after}. */
    public record Change(String field, TextDiff.@Nullable Result text, @Nullable Object before,
                         @Nullable Object after) {
    }

    private ContentDiff() {
    }

    public static List<Change> of(DocumentContent a, DocumentContent b) {
        List<Change> changes = new ArrayList<>();
        text(changes, "title", a.title(), b.title());
        text(changes, "body", a.body(), b.body());
        text(changes, "remarks", a.remarks(), b.remarks());
        Map<String, Object[]> values = new LinkedHashMap<>();
        values.put("docType", new Object[] {a.docType(), b.docType()});
        values.put("direction", new Object[] {a.direction(), b.direction()});
        values.put("urgency", new Object[] {a.urgency(), b.urgency()});
        values.put("classification", new Object[] {a.classification(), b.classification()});
        values.put("classificationPeriodYears", new Object[] {a.classificationPeriodYears(), b.classificationPeriodYears()});
        values.put("copyNumber", new Object[] {a.copyNumber(), b.copyNumber()});
        values.put("issuingOrgan", new Object[] {a.issuingOrgan(), b.issuingOrgan()});
        values.put("coIssuers", new Object[] {a.coIssuers(), b.coIssuers()});
        values.put("mainRecipients", new Object[] {a.mainRecipients(), b.mainRecipients()});
        values.put("copyRecipients", new Object[] {a.copyRecipients(), b.copyRecipients()});
        values.put("attachments", new Object[] {a.attachments(), b.attachments()});
        values.forEach((field, pair) -> {
            if (!Objects.equals(pair[0], pair[1])) {
                changes.add(new Change(field, null, pair[0], pair[1]));
            }
        });
        return changes;
    }

    private static void text(List<Change> changes, String field, String a, String b) {
        if (!Objects.equals(a, b)) {
            changes.add(new Change(field, TextDiff.of(a, b), null, null));
        }
    }
}
