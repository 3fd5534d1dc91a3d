package org.gongwen.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        String unit = drafter.unit() != null && !drafter.unit().isBlank()
                ? drafter.unit()
                : org.member(drafter.username()).map(OrganisationChart.Member::unit).orElse(null);
        List<OrganisationChart.Member> chain = new ArrayList<>();
        Optional.ofNullable(unit).map(u -> org.deputyByUnit().get(u)).flatMap(org::member)
                .ifPresent(chain::add);
        org.member(org.officeDirector()).ifPresent(chain::add);
        Optional<OrganisationChart.Member> signer = org.member(org.signer())
                .filter(s -> !s.username().equals(drafter.username()))
                .or(() -> org.otherChiefs().stream().filter(c -> !c.username().equals(drafter.username())).findFirst());
        if (signer.isEmpty()) {
            return new ChainOutcome.Unstaffed("no 局长 other than the drafter " + drafter.username() + " can sign");
        }
        List<ChainStep> steps = new ArrayList<>();
        for (OrganisationChart.Member reviewer : chain) {
            boolean ownDraft = reviewer.username().equals(drafter.username());
            boolean signsAnyway = reviewer.username().equals(signer.get().username());
            boolean twice = steps.stream().anyMatch(s -> s.reviewer().username().equals(reviewer.username()));
            if (!ownDraft && !signsAnyway && !twice) {
                steps.add(new ChainStep(steps.size() + 1, reviewer.role(), reviewer.asPerson()));
            }
        }
        steps.add(new ChainStep(steps.size() + 1, OrganisationChart.CHIEF, signer.get().asPerson()));
        return new ChainOutcome.Built(steps);
    }
}
