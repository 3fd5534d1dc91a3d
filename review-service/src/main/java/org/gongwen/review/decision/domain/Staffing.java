package org.gongwen.review.decision.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongwen.events.Classification;
import org.gongwen.events.Person;
import org.gongwen.events.ReviewChainAssigned.ChainStep;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.kernel.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * REVIEW-CHAIN-4: a chain uses the organisation as it is when each step starts. The levels are fixed when the
 * document is submitted (逐级, never skipped), but whoever holds a level's position — the 分管主任 of the drafting
 * unit, the 办公室主任, the signer — is looked up again from the organisation valid at the moment the level is
 * assigned (reached by an approval, or reopened by 退回/撤回). A step already assigned keeps its reviewer.
 * REVIEW-CLEARANCE-1: whoever is assigned is cleared for the document's 密级 at that moment — the holder, else the
 * holder's acting person; if nobody cleared can take the level, the act that would assign it is refused.
 */
public final class Staffing {

    /** The step as staffed now, or (step null) why nobody cleared can take it. */
    record Staffed(@Nullable Step step, @Nullable Refusal refusal) {
    }

    private Staffing() {
    }

    /**
     * {@code step} about to be assigned, with its reviewer replaced by the position's holder now. The reviewer
     * stays when the chain would now have another shape (a position
     * added or dropped: the levels of a running chain never change), when the signer's kind of authority would
     * change, or when the new holder already sits on another level (nobody twice, REVIEW-CHAIN-1). Whoever it is
     * must be cleared for the document (REVIEW-CLEARANCE-1), or their acting person takes the step; else refused.
     */
    static Staffed forAssignment(Round round, Person drafter, Step step, Signing signing) {
        OrganisationChart org = signing.organisation();
        Step chosen = staffed(round, drafter, step, org, signing.signingRules(), signing.actingFor());
        Classification level = Classification.ofDocument(round.content().classification());
        Optional<Person> cleared = ChainPolicy.clearedHolder(chosen.reviewer(), drafter, level, org,
                signing.actingFor(), u -> elsewhere(round, step, u));
        if (cleared.isEmpty()) {
            return new Staffed(null, new ChainPolicy.ChainOutcome.Uncleared(step.level(), step.role(),
                    chosen.reviewer(), level).refusal());
        }
        return new Staffed(cleared.get().username().equals(chosen.reviewer().username()) ? chosen
                : chosen.staffedBy(chosen.role(), cleared.get()), null);
    }

    /**
     * Who escalation (REVIEW-CHAIN-4) shows an overdue step to: the next level's holder now, only if cleared for the
     * document (or their cleared acting person); empty when nobody cleared holds it (REVIEW-CLEARANCE-1).
     */
    public static Optional<Person> escalationTarget(Round round, Person drafter, Step up, OrganisationChart org,
                                             SigningRules rules) {
        Step chosen = staffed(round, drafter, up, org, rules, Map.of());
        return ChainPolicy.clearedHolder(chosen.reviewer(), drafter,
                Classification.ofDocument(round.content().classification()), org, Map.of(), u -> false);
    }

    private static Step staffed(Round round, Person drafter, Step step, OrganisationChart org, SigningRules rules,
                                Map<String, Person> actingFor) {
        if (step.adHoc()) {
            // 加签 named a person, not a position: nobody else holds it (REVIEW-ADHOC-3)
            return step;
        }
        List<Step> standing = round.standingSteps();
        if (!(ChainPolicy.build(drafter, round.content(), org, rules)
                instanceof ChainPolicy.ChainOutcome.Built built) || built.steps().size() != standing.size()) {
            return step;
        }
        // the step may be a changed copy (reset by 退回): its position is its place among the standing levels
        int index = standing.stream().map(Step::level).toList().indexOf(step.level());
        if (index < 0) {
            return step;
        }
        ChainStep position = built.steps().get(index);
        // an under-cleared new holder hands the position to their cleared acting person, or keeps the reviewer
        Optional<Person> cleared = ChainPolicy.clearedHolder(position.reviewer(), drafter,
                Classification.ofDocument(round.content().classification()), org, actingFor,
                u -> elsewhere(round, step, u));
        if (cleared.isEmpty()) {
            return step;
        }
        Person holder = cleared.get();
        boolean signerKindChanged = step.level() == round.lastLevel() && !position.role().equals(step.role());
        if (holder.username().equals(step.reviewer().username()) || signerKindChanged
                || elsewhere(round, step, holder.username())) {
            return step;
        }
        return step.staffedBy(position.role(), holder);
    }

    private static boolean elsewhere(Round round, Step step, String username) {
        return round.steps().stream().anyMatch(s -> s.level() != step.level() && s.isReviewer(username));
    }
}
