package org.gongwen.drafting.format.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.gongwen.kernel.RuleViolation;
import org.gongwen.kernel.Severity;
import org.gongwen.events.DocumentContent;

/**
 * Runs the format rules over a draft's content with the organisation's severities: ERRORs first, then in rule
 * order. A rule that fails on content it did not expect is a bug in the rule, never the drafter's problem, so
 * it is not caught here: tests cover every rule with odd input instead.
 */
public final class FormatChecker {

    private final List<FormatRule> rules;
    private final RuleSeverities severities;

    public FormatChecker(List<FormatRule> rules, RuleSeverities severities) {
        this.rules = List.copyOf(rules);
        this.severities = severities;
        List<String> unknown = severities.keys().stream()
                .filter(k -> rules.stream().noneMatch(r -> r.key().equals(k))).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("severities configured for unknown format rules " + unknown);
        }
    }

    public static FormatChecker standard() {
        return new FormatChecker(FormatRules.all(Organisation.demo()), RuleSeverities.defaults());
    }

    public List<RuleViolation> check(DocumentContent content) {
        return rules.stream()
                .flatMap(rule -> violations(rule, content))
                .sorted(Comparator.comparing((RuleViolation v) -> !v.blocking()))
                .toList();
    }

    private Stream<RuleViolation> violations(FormatRule rule, DocumentContent content) {
        Optional<Severity> severity = severities.of(rule);
        if (severity.isEmpty()) {
            return Stream.empty();
        }
        return rule.findings().apply(content).stream()
                .map(f -> new RuleViolation(rule.id(), f.field(), severity.get(), f.messageZh(), f.messageEn(),
                        f.suggestedFix(), f.span()));
    }

    /** Each rule with the severity it has here (for the rule table). */
    public List<RuleView> table() {
        return rules.stream()
                .map(r -> new RuleView(r.id(), r.key(), severities.of(r).map(Enum::name).orElse("OFF"), r.source()))
                .toList();
    }

    public record RuleView(String id, String key, String severity, String source) {
    }
}
