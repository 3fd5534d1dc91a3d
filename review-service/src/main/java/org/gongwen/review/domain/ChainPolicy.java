package org.gongwen.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.gongwen.events.ReviewChainAssigned.ChainStep;

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

        record Unstaffed(String reason) implements ChainOutcome {
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
            return new ChainOutcome.Unstaffed("no 局长 other than the drafter " + drafter.username() + " can sign");
        }
        return withSigner(drafter, org, signer.get(), OrganisationChart.CHIEF);
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
