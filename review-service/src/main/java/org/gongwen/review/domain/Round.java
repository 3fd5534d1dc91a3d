package org.gongwen.review.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongwen.events.DocumentContent;

/** One submitted revision under review: the content the reviewers read and its chain of steps. */
public record Round(int revision, DocumentContent content, String contentHash, Instant submittedAt,
                    ReviewStatus status, int currentLevel, List<Step> steps) {

    public Round {
        steps = List.copyOf(steps);
    }

    public int lastLevel() {
        return steps.get(steps.size() - 1).level();
    }

    public Step currentStep() {
        return step(currentLevel).orElseThrow();
    }

    public Optional<Step> step(int level) {
        return steps.stream().filter(s -> s.level() == level).findFirst();
    }

    public boolean anyDecided() {
        return steps.stream().anyMatch(Step::decided);
    }

    public boolean involves(String username) {
        return steps.stream().anyMatch(s -> s.isReviewer(username));
    }

    Round with(Step changed, ReviewStatus newStatus, int newLevel) {
        List<Step> updated = new ArrayList<>(steps);
        updated.replaceAll(s -> s.level() == changed.level() ? changed : s);
        return new Round(revision, content, contentHash, submittedAt, newStatus, newLevel, updated);
    }
}
