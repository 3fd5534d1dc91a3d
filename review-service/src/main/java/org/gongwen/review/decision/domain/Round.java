package org.gongwen.review.decision.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongwen.events.DocumentContent;
import org.jspecify.annotations.Nullable;

/**
 * One submitted revision under review: the content the reviewers read, its chain of steps (present state) and its
 * journal of acts (everything that happened, in order).
 */
public record Round(int revision, @Nullable DocumentContent content, String contentHash, Instant submittedAt,
                    ReviewStatus status, int currentLevel, List<Step> steps, List<Act> acts) {

    public Round {
        steps = List.copyOf(steps);
        acts = acts == null ? List.of() : List.copyOf(acts);
    }

    public Round(int revision, DocumentContent content, String contentHash, Instant submittedAt, ReviewStatus status,
                 int currentLevel, List<Step> steps) {
        this(revision, content, contentHash, submittedAt, status, currentLevel, steps, List.of());
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

    /** Whether any reviewer has decided anything on this revision (撤回 by the drafter is over then). */
    public boolean anyDecided() {
        return steps.stream().anyMatch(Step::decided) || acts.stream().anyMatch(a -> a.level() != null
                && !Act.DELEGATED.equals(a.action()) && !Act.TRANSFERRED.equals(a.action())
                && !Act.ESCALATED.equals(a.action()) && !Act.URGED.equals(a.action())
                && !Act.COUNTERSIGN_REQUESTED.equals(a.action()));
    }

    public boolean involves(String username) {
        return steps.stream().anyMatch(s -> s.involves(username));
    }

    public Round with(Step changed, ReviewStatus newStatus, int newLevel) {
        List<Step> updated = new ArrayList<>(steps);
        updated.replaceAll(s -> s.level() == changed.level() ? changed : s);
        return new Round(revision, content, contentHash, submittedAt, newStatus, newLevel, updated, acts);
    }

    Round withSteps(List<Step> changed, int newLevel) {
        List<Step> updated = new ArrayList<>(steps);
        for (Step c : changed) {
            updated.replaceAll(s -> s.level() == c.level() ? c : s);
        }
        return new Round(revision, content, contentHash, submittedAt, status, newLevel, updated, acts);
    }

    public Round logged(Act act) {
        List<Act> updated = new ArrayList<>(acts);
        updated.add(act);
        return new Round(revision, content, contentHash, submittedAt, status, currentLevel, steps, updated);
    }
}
