package org.gongwen.drafting.domain.format;

import java.util.List;
import java.util.Optional;

import org.gongwen.drafting.domain.RuleViolation;
import org.gongwen.events.DocumentContent;

/** Runs a set of format rules over a draft's content; ERRORs first, then in rule order. */
public final class FormatChecker {

    private final List<FormatRule> rules;

    public FormatChecker(List<FormatRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static FormatChecker standard() {
        return new FormatChecker(FormatRules.all());
    }

    public List<RuleViolation> check(DocumentContent content) {
        return rules.stream()
                .map(rule -> rule.check(content))
                .flatMap(Optional::stream)
                .sorted((a, b) -> Boolean.compare(b.blocking(), a.blocking()))
                .toList();
    }

    public List<FormatRule> rules() {
        return rules;
    }
}
