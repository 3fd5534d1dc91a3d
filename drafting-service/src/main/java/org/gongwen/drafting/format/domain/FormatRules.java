package org.gongwen.drafting.format.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongwen.drafting.shared.domain.DocType;
import org.gongwen.events.Classification;
import org.gongwen.events.DocumentContent;

/**
 * Every format rule drafting checks, under its reference.md id, grouped by the part of the document it
 * concerns. Adding a rule = one more {@link FormatRule} in its group and a test named after it; the checker,
 * the API and the configuration do not change.
 */
public final class FormatRules {

    private FormatRules() {
    }

    public static List<FormatRule> all(Organisation organisation) {
        List<FormatRule> rules = new ArrayList<>();
        rules.addAll(TitleRules.all(organisation));
        rules.addAll(RecipientRules.all(organisation));
        rules.addAll(HeadRules.all());
        rules.addAll(TextRules.all());
        rules.addAll(AttachmentRules.all());
        rules.addAll(NoteRules.all());
        return List.copyOf(rules);
    }

    static Optional<DocType> kind(DocumentContent c) {
        return c.docType() == null ? Optional.empty() : DocType.of(c.docType());
    }

    static boolean is(DocumentContent c, DocType type) {
        return kind(c).map(type::equals).orElse(false);
    }

    static boolean upward(DocumentContent c) {
        return "上行".equals(c.direction());
    }

    static Optional<Classification> classification(DocumentContent c) {
        return c.classification() == null ? Optional.empty() : Classification.ofMarking(c.classification());
    }

    static List<Finding> when(boolean broken, Finding finding) {
        return broken ? List.of(finding) : List.of();
    }
}
