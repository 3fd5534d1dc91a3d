package org.gongwen.review.decision.domain;

import java.util.ArrayList;
import java.util.List;

import org.gongwen.events.Person;
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
                trail.add(new TrailEntry(act.action(), act.actor(), act.role(), act.level(), act.at(), opinion(act),
                        round.contentHash(), act.onBehalfOf() == null ? null : act.onBehalfOf().username(),
                        act.onBehalfOf() == null ? null : act.onBehalfOf().name()));
            }
        }
        return trail;
    }

    /**
     * A trail entry has one person field; the person added or removed (加签/减签) goes before the reason, so that
     * the archive shows who it was without a new field (the entry's shape is part of the archive's sealed leaves).
     */
    static String opinion(Act act) {
        Person subject = act.subject();
        return subject == null ? act.opinion()
                : subject.name() + "（" + subject.username() + "）：" + (act.opinion() == null ? "" : act.opinion());
    }
}
