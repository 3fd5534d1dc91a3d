package org.gongwen.drafting.domain.format;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.gongwen.drafting.domain.RuleViolation;
import org.gongwen.drafting.domain.Severity;
import org.gongwen.events.DocumentContent;

/**
 * One checkable rule of reference.md (GB/T 9704, 条例 行文规则): its id, the field it concerns, how bad a breach
 * is, when it is broken, what to tell the drafter and, where the fix is mechanical, the corrected value.
 */
public record FormatRule(String id, String field, Severity severity, Predicate<DocumentContent> broken,
                         Function<DocumentContent, String> messageZh, Function<DocumentContent, String> messageEn,
                         Function<DocumentContent, String> suggestedFix) {

    public Optional<RuleViolation> check(DocumentContent content) {
        if (!broken.test(content)) {
            return Optional.empty();
        }
        return Optional.of(new RuleViolation(id, field, severity, messageZh.apply(content), messageEn.apply(content),
                suggestedFix.apply(content)));
    }

    static Function<DocumentContent, String> fixed(String text) {
        return c -> text;
    }

    static Function<DocumentContent, String> noFix() {
        return c -> null;
    }
}
