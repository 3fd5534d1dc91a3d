package org.gongwen.review.countersign.domain;

import java.util.List;
import java.util.Optional;

import org.gongwen.events.Classification;
import org.gongwen.events.DocumentContent;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.jspecify.annotations.Nullable;

/**
 * A standing 会签 the office configures per document kind (REVIEW-COUNTERSIGN-4): documents of {@code docType}
 * (and {@code direction}, if set) are countersigned by the heads of {@code units} under {@code rule}; the units
 * the drafting unit is itself among are left out, it does not countersign its own draft.
 */
public record CountersignRule(@Nullable String docType, @Nullable String direction, List<String> units,
                              @Nullable String rule, @Nullable Integer required) {

    public CountersignRule {
        units = units == null ? List.of() : List.copyOf(units);
    }

    boolean appliesTo(DocumentContent content) {
        return docType != null && docType.equals(content.docType())
                && (direction == null || direction.isBlank() || direction.equals(content.direction()));
    }

    /**
     * The 会签 the first matching rule asks of this document, or empty (no rule, or none of its units is another
     * unit with a head); a refusal when the rule cannot be met as configured (e.g. N greater than the heads found).
     */
    public static Countersign.Planned requirementFor(List<CountersignRule> rules, DocumentContent content,
                                                     OrganisationChart org, org.gongwen.events.Person drafter,
                                                     List<org.gongwen.events.ReviewChainAssigned.ChainStep> chain) {
        Optional<CountersignRule> rule = rules.stream().filter(r -> r.appliesTo(content)).findFirst();
        if (rule.isEmpty()) {
            return new Countersign.Planned(null, null);
        }
        List<String> others = rule.get().units().stream().filter(u -> !u.equals(drafter.unit())).toList();
        if (others.isEmpty()) {
            return new Countersign.Planned(null, null);
        }
        int level = Countersigning.levelFor(chain);
        Countersigning.Resolved heads = Countersigning.resolve(others, org, drafter, chain.get(level - 1).reviewer(),
                Classification.ofDocument(content.classification()));
        if (heads.refusal() != null) {
            return new Countersign.Planned(null, heads.refusal());
        }
        return Countersign.plan(rule.get().rule(), rule.get().required(), heads.heads());
    }
}
