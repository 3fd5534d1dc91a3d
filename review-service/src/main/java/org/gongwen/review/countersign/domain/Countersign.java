package org.gongwen.review.countersign.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongwen.events.Person;
import org.gongwen.review.decision.domain.Decision;
import org.gongwen.kernel.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * 会签 on one step (条例 第十九条(六), 第二十条(三), TL-DN-4): heads of the other units concerned approve in parallel
 * with the step's owner, who may only approve once enough of them have (REVIEW-COUNTERSIGN-2: ALL, ANY or N of M).
 * A countersigner may disagree and 退回 (to the drafter or an earlier level) but never reject the document.
 */
public record Countersign(String rule, int required, List<Countersigner> signers) {

    public static final String ALL = "ALL";
    public static final String ANY = "ANY";
    public static final String N_OF_M = "N_OF_M";
    public static final String ROLE = "COUNTERSIGNER";

    /** One unit head asked to countersign, and what they decided (null while pending). */
    public record Countersigner(Person person, @Nullable Decision decision, @Nullable String opinion,
                                @Nullable Instant decidedAt) {

        public boolean pending() {
            return decision == null;
        }
    }

    public Countersign {
        signers = List.copyOf(signers);
    }

    /**
     * A 会签 requirement over {@code people} with {@code rule}; {@code n} only for N_OF_M (1 ≤ n ≤ M).
     * Refused (REVIEW-COUNTERSIGN-2) for an unknown rule or an impossible n.
     */
    public static Countersign.Planned plan(@Nullable String rule, @Nullable Integer n, List<Person> people) {
        String r = rule == null || rule.isBlank() ? ALL : rule.strip();
        int m = people.size();
        Integer required = switch (r) {
            case ALL -> m;
            case ANY -> 1;
            case N_OF_M -> n != null && n >= 1 && n <= m ? n : null;
            default -> null;
        };
        if (required == null || m == 0) {
            return new Planned(null, Refusal.ruleViolation("invalid-countersign", "会签规则须为 ALL、ANY 或 N_OF_M（1 ≤ N ≤ 会签人数）。",
                    "The 会签 rule must be ALL, ANY or N_OF_M with 1 ≤ required ≤ the number of countersigners.",
                    "REVIEW-COUNTERSIGN-2", "rule"));
        }
        return new Planned(new Countersign(r, required, people.stream()
                .map(p -> new Countersigner(p, null, null, null)).toList()), null);
    }

    /** Either a requirement or why it cannot be one. */
    public record Planned(@Nullable Countersign countersign, @Nullable Refusal refusal) {
    }

    public long approvals() {
        return signers.stream().filter(s -> s.decision() == Decision.APPROVE).count();
    }

    public boolean complete() {
        return approvals() >= required;
    }

    public boolean includes(String username) {
        return of(username).isPresent();
    }

    public Optional<Countersigner> of(String username) {
        return signers.stream().filter(s -> s.person().username().equals(username)).findFirst();
    }

    public boolean anyDecided() {
        return signers.stream().anyMatch(s -> !s.pending());
    }

    Countersign decided(String username, Decision decision, String opinion, Instant at) {
        List<Countersigner> updated = new ArrayList<>(signers);
        updated.replaceAll(s -> s.person().username().equals(username)
                ? new Countersigner(s.person(), decision, opinion, at) : s);
        return new Countersign(rule, required, updated);
    }

    /** Everyone is asked again: a reopened step's 会签 starts over, the journal keeps the earlier opinions. */
    public Countersign reset() {
        return new Countersign(rule, required, signers.stream()
                .map(s -> new Countersigner(s.person(), null, null, null)).toList());
    }
}
