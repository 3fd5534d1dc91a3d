package org.gongwen.review.decision.domain;

import java.util.ArrayList;
import java.util.List;

import org.gongwen.events.TrailAction;
import org.gongwen.events.TrailEntry;

/**
 * The document's life as the archive keeps it: per revision, 送审 by the drafter, then every act of the round's
 * journal in order (approvals, 退回 to a level, 撤回, 委派/转办, escalations, 签发), each bound to the hash of the
 * content acted on; an act done for someone else carries them as {@code onBehalfOf} ("X代Y").
 */
final class Trail {

    private Trail() {
    }

    static List<TrailEntry> of(Review review) {
        List<TrailEntry> trail = new ArrayList<>();
        for (Round round : review.rounds()) {
            trail.add(new TrailEntry(TrailAction.SUBMITTED.name(), review.drafter(), null, null, round.submittedAt(),
                    null, round.contentHash()));
            for (Act act : round.acts()) {
                trail.add(new TrailEntry(act.action(), act.actor(), act.role(), act.level(), act.at(), act.opinion(),
                        round.contentHash(), act.onBehalfOf() == null ? null : act.onBehalfOf().username(),
                        act.onBehalfOf() == null ? null : act.onBehalfOf().name()));
            }
        }
        return trail;
    }
}
