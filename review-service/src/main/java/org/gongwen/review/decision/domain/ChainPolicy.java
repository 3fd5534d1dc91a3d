package org.gongwen.review.decision.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.gongwen.events.Classification;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.gongwen.events.ReviewChainAssigned.ChainStep;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.kernel.Refusal;

/**
 * 逐级负责: the drafter's 分管主任 if the unit has one, then the 办公室主任, then the 局长 who signs. Nobody
 * reviews their own draft, and nobody appears twice; a 局长 who drafted is replaced as signer by another 局长.
 */
public final class ChainPolicy {

    public sealed interface ChainOutcome {
        record Built(List<ChainStep> steps) implements ChainOutcome {
            public Built {
                steps = List.copyOf(steps);
            }
        }

        /** A level nobody can take: the submission goes back to the drafter with the reason (never left hanging). */
        sealed interface Unstaffable extends ChainOutcome {
            int level();

            String role();

            Refusal refusal();
        }

        /**
         * REVIEW-CHAIN-2: nobody but the drafter can sign (the only 局长 drafted it); {@code level} is where the
         * signer would stand.
         */
        record Unstaffed(int level, String role, String drafter) implements Unstaffable {

            public Refusal refusal() {
                return Refusal.ruleViolation("no-signer", "除拟稿人外没有可签发的局长，无法送审。",
                        "No 局长 other than the drafter " + drafter + " can sign.", "REVIEW-CHAIN-2", "level");
            }
        }

        /**
         * REVIEW-CLEARANCE-1: nobody cleared for the document's 密级 can take {@code level} ({@code role}): neither
         * the position's holder nor their acting person. The submission is refused, never staffed below clearance.
         */
        record Uncleared(int level, String role, Person holder, Classification classification)
                implements Unstaffable {

            public Refusal refusal() {
                return Refusal.ruleViolation("no-cleared-reviewer", "审核链第 " + level + " 级（" + role + "，" + holder.name()
                                + "）及其代理人均无" + classification + "涉密等级，无人可审核该" + classification + "公文。",
                        "Level " + level + " (" + role + ", " + holder.username() + ") has nobody cleared for "
                                + classification + ": neither the holder nor an acting person.",
                        "REVIEW-CLEARANCE-1", "level");
            }
        }
    }

    private ChainPolicy() {
    }

    public static ChainOutcome build(Person drafter, OrganisationChart org) {
        return build(drafter, null, org, SigningRules.CHIEF_SIGNS_ALL);
    }

    /**
     * The chain for this document: 逐级 (REVIEW-CHAIN-1: the unit's 分管主任, the 办公室主任, then the signer — a level
     * is left out only when its reviewer drafted or signs anyway, never skipped otherwise); the 局长 signs 上行文 and
     * 重要公文 (REVIEW-CHAIN-2, 条例 第二十二条); the 办公室主任 signs the kinds the office allows (REVIEW-CHAIN-3).
     */
    public static ChainOutcome build(Person drafter, DocumentContent content, OrganisationChart org,
                                     SigningRules rules) {
        if (content != null && rules.directorSigns(content)) {
            Optional<OrganisationChart.Member> director = org.member(org.officeDirector())
                    .filter(d -> !d.username().equals(drafter.username()));
            if (director.isPresent()) {
                return withSigner(drafter, org, director.get(), "DIRECTOR");
            }
        }
        Optional<OrganisationChart.Member> signer = org.member(org.signer())
                .filter(s -> !s.username().equals(drafter.username()))
                .or(() -> org.otherChiefs().stream().filter(c -> !c.username().equals(drafter.username())).findFirst());
        if (signer.isEmpty()) {
            // where the signer would stand: after the levels below it, as if the drafter signed
            Optional<OrganisationChart.Member> asIf = org.member(drafter.username());
            int level = asIf.map(d -> ((ChainOutcome.Built) withSigner(drafter, org, d, OrganisationChart.CHIEF))
                    .steps().size()).orElse(1);
            return new ChainOutcome.Unstaffed(level, OrganisationChart.CHIEF, drafter.username());
        }
        return withSigner(drafter, org, signer.get(), OrganisationChart.CHIEF);
    }

    /**
     * REVIEW-CLEARANCE-1 (条例 第三十条: a classified document only reaches people cleared for it): every level of
     * {@code built} staffed by someone whose clearance covers {@code level} — the position's holder if cleared, else
     * the holder's acting person ({@code actingFor}, 代理) if cleared, not the drafter and not on another level; else
     * {@link ChainOutcome.Uncleared} naming the first level nobody cleared can take. Never drops a level.
     */
    public static ChainOutcome cleared(ChainOutcome built, Person drafter, Classification level,
                                       OrganisationChart org, Map<String, Person> actingFor) {
        if (!(built instanceof ChainOutcome.Built b)) {
            return built;
        }
        List<ChainStep> steps = new ArrayList<>(b.steps());
        for (int i = 0; i < steps.size(); i++) {
            ChainStep position = steps.get(i);
            int at = i;
            Optional<Person> who = clearedHolder(position.reviewer(), drafter, level, org, actingFor,
                    u -> steps.stream().anyMatch(s -> s != steps.get(at) && s.reviewer().username().equals(u)));
            if (who.isEmpty()) {
                return new ChainOutcome.Uncleared(position.level(), position.role(), position.reviewer(), level);
            }
            steps.set(i, new ChainStep(position.level(), position.role(), who.get()));
        }
        return new ChainOutcome.Built(steps);
    }

    /**
     * Who may take a position held by {@code holder} for a document of {@code level} (REVIEW-CLEARANCE-1): the holder
     * when cleared (anyone, for a 非密 document), else their acting person when cleared, not the drafter and not
     * {@code taken} (on another level); empty: nobody. An unknown or absent clearance is none (fail closed).
     */
    static Optional<Person> clearedHolder(Person holder, Person drafter, Classification level, OrganisationChart org,
                                          Map<String, Person> actingFor, Predicate<String> taken) {
        if (!level.classified() || org.member(holder.username()).filter(m -> m.clearedFor(level)).isPresent()) {
            return Optional.of(holder);
        }
        Person acting = actingFor == null ? null : actingFor.get(holder.username());
        return Optional.ofNullable(acting).flatMap(a -> org.member(a.username()))
                .filter(m -> m.clearedFor(level))
                .filter(m -> !m.username().equals(drafter.username()) && !taken.test(m.username()))
                .map(OrganisationChart.Member::asPerson);
    }

    private static ChainOutcome withSigner(Person drafter, OrganisationChart org, OrganisationChart.Member signer,
                                           String signerRole) {
        String unit = drafter.unit() != null && !drafter.unit().isBlank()
                ? drafter.unit()
                : org.member(drafter.username()).map(OrganisationChart.Member::unit).orElse(null);
        List<OrganisationChart.Member> chain = new ArrayList<>();
        Optional.ofNullable(unit).map(u -> org.deputyByUnit().get(u)).flatMap(org::member)
                .ifPresent(chain::add);
        org.member(org.officeDirector()).ifPresent(chain::add);
        List<ChainStep> steps = new ArrayList<>();
        for (OrganisationChart.Member reviewer : chain) {
            boolean ownDraft = reviewer.username().equals(drafter.username());
            boolean signsAnyway = reviewer.username().equals(signer.username());
            boolean twice = steps.stream().anyMatch(s -> s.reviewer().username().equals(reviewer.username()));
            if (!ownDraft && !signsAnyway && !twice) {
                steps.add(new ChainStep(steps.size() + 1, reviewer.role(), reviewer.asPerson()));
            }
        }
        steps.add(new ChainStep(steps.size() + 1, signerRole, signer.asPerson()));
        return new ChainOutcome.Built(steps);
    }
}
