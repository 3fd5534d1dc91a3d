package org.gongwen.review.decision.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongwen.events.Corrects;
import org.gongwen.events.DocumentContent;
import org.jspecify.annotations.Nullable;

/**
 * One submitted revision under review: the content the reviewers read, its chain of steps (present state) and its
 * journal of acts (everything that happened, in order).
 */
public record Round(int revision, @Nullable DocumentContent content, String contentHash, Instant submittedAt,
                    ReviewStatus status, int currentLevel, List<Step> steps, List<Act> acts,
                    @Nullable Corrects correction) {

    /** An ordinary round, correcting nothing. */
    public Round(int revision, @Nullable DocumentContent content, String contentHash, Instant submittedAt,
                 ReviewStatus status, int currentLevel, List<Step> steps, List<Act> acts) {
        this(revision, content, contentHash, submittedAt, status, currentLevel, steps, acts, null);
    }

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
                && !Act.COUNTERSIGN_REQUESTED.equals(a.action()) && !Act.REVIEWER_ADDED.equals(a.action())
                && !Act.REVIEWER_REMOVED.equals(a.action()));
    }

    /** The levels of the chain as submitted, without those added ad hoc (加签). */
    public List<Step> standingSteps() {
        return steps.stream().filter(s -> !s.adHoc()).toList();
    }

    /** 加签: {@code added} takes its level; that level and the later ones move up by one. */
    Round withStepInserted(Step added) {
        List<Step> updated = new ArrayList<>();
        for (Step s : steps) {
            updated.add(s.level() >= added.level() ? s.atLevel(s.level() + 1) : s);
        }
        updated.add(added.level() - 1, added);
        return new Round(revision, content, contentHash, submittedAt, status, currentLevel, updated, acts, correction);
    }

    /** 减签: the step at {@code level} goes; the later levels move down by one. */
    Round withStepRemoved(int level) {
        List<Step> updated = new ArrayList<>();
        for (Step s : steps) {
            if (s.level() != level) {
                updated.add(s.level() > level ? s.atLevel(s.level() - 1) : s);
            }
        }
        return new Round(revision, content, contentHash, submittedAt, status, currentLevel, updated, acts, correction);
    }

    public boolean involves(String username) {
        return steps.stream().anyMatch(s -> s.involves(username));
    }

    public Round with(Step changed, ReviewStatus newStatus, int newLevel) {
        List<Step> updated = new ArrayList<>(steps);
        updated.replaceAll(s -> s.level() == changed.level() ? changed : s);
        return new Round(revision, content, contentHash, submittedAt, newStatus, newLevel, updated, acts, correction);
    }

    Round withSteps(List<Step> changed, int newLevel) {
        List<Step> updated = new ArrayList<>(steps);
        for (Step c : changed) {
            updated.replaceAll(s -> s.level() == c.level() ? c : s);
        }
        return new Round(revision, content, contentHash, submittedAt, status, newLevel, updated, acts, correction);
    }

    public Round logged(Act act) {
        List<Act> updated = new ArrayList<>(acts);
        updated.add(act);
        return new Round(revision, content, contentHash, submittedAt, status, currentLevel, steps, updated,
                correction);
    }
}
