package org.gongwen.review.domain;

import java.util.List;

import org.gongwen.events.Person;
import org.gongwen.events.ReviewChainAssigned.ChainStep;

/**
 * REVIEW-CHAIN-4: a chain uses the organisation as it is when each step starts. The levels are fixed when the
 * document is submitted (逐级, never skipped), but whoever holds a level's position — the 分管主任 of the drafting
 * unit, the 办公室主任, the signer — is looked up again from the organisation valid at the moment the level is
 * assigned (reached by an approval, or reopened by 退回/撤回). A step already assigned keeps its reviewer.
 */
final class Staffing {

    private Staffing() {
    }

    /**
     * {@code step} about to be assigned, with its reviewer replaced by the position's holder now. The reviewer
     * stays when nothing is known about the organisation, when the chain would now have another shape (a position
     * added or dropped: the levels of a running chain never change), when the signer's kind of authority would
     * change, or when the new holder already sits on another level (nobody twice, REVIEW-CHAIN-1).
     */
    static Step forAssignment(Round round, Person drafter, Step step, Signing signing) {
        return staffed(round, drafter, step, signing.organisation(), signing.signingRules());
    }

    /** As above, against {@code org} (null: keep the reviewer): also who an overdue step escalates to. */
    static Step staffed(Round round, Person drafter, Step step, OrganisationChart org, SigningRules rules) {
        if (org == null) {
            return step;
        }
        if (!(ChainPolicy.build(drafter, round.content(), org, rules == null ? SigningRules.CHIEF_SIGNS_ALL : rules)
                instanceof ChainPolicy.ChainOutcome.Built built) || built.steps().size() != round.steps().size()) {
            return step;
        }
        List<ChainStep> now = built.steps();
        ChainStep position = now.get(step.level() - 1);
        Person holder = position.reviewer();
        boolean signerKindChanged = step.level() == round.lastLevel() && !position.role().equals(step.role());
        boolean elsewhere = round.steps().stream()
                .anyMatch(s -> s.level() != step.level() && s.isReviewer(holder.username()));
        if (holder.username().equals(step.reviewer().username()) || signerKindChanged || elsewhere) {
            return step;
        }
        return step.staffedBy(position.role(), holder);
    }
}
