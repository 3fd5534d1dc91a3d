package org.gongwen.review.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gongwen.events.TrailEntry;

/**
 * The document's life as the archive keeps it: per revision, 送审 by the drafter, then each decision bound to
 * the hash of the content decided on; the final approval is 签发 (SIGNED).
 */
final class Trail {

    private Trail() {
    }

    static List<TrailEntry> of(Review review) {
        List<TrailEntry> trail = new ArrayList<>();
        for (Round round : review.rounds()) {
            trail.add(new TrailEntry("SUBMITTED", review.drafter(), null, null, round.submittedAt(), null,
                    round.contentHash()));
            round.steps().stream().filter(Step::decided)
                    .sorted(Comparator.comparing(Step::decidedAt).thenComparing(Step::level))
                    .forEach(s -> trail.add(new TrailEntry(action(round, s), s.reviewer(), s.role(), s.level(),
                            s.decidedAt(), s.opinion(), round.contentHash())));
        }
        return trail;
    }

    private static String action(Round round, Step step) {
        return switch (step.decision()) {
            case APPROVE -> round.status() == ReviewStatus.ISSUED && step.level() == round.lastLevel()
                    ? "SIGNED" : "APPROVED";
            case RETURN -> "RETURNED";
            case REJECT -> "REJECTED";
        };
    }
}
