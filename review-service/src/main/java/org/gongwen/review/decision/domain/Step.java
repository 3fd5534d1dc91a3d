package org.gongwen.review.decision.domain;

import java.time.Instant;
import java.util.Optional;

import org.gongwen.events.Person;
import org.gongwen.review.countersign.domain.Countersign;
import org.jspecify.annotations.Nullable;

/**
 * One level of a revision's chain. {@code assignedAt}/{@code dueAt} are set when the step becomes current
 * (a later level's clock starts when the document reaches it); the decision fields once it is decided. The owner
 * ({@code reviewer}) stays responsible; {@code delegation} lets someone else act until a time, and
 * {@code followup} remembers which reminders already went out for the current assignment. {@code addedBy} is who
 * inserted the step ad hoc (加签, REVIEW-ADHOC-*); null for a standing level of the chain (REVIEW-CHAIN-1).
 */
public record Step(int level, String role, Person reviewer, @Nullable Instant assignedAt, @Nullable Instant dueAt,
                   @Nullable Decision decision, @Nullable String opinion, @Nullable Instant decidedAt,
                   @Nullable Delegation delegation, Followup followup, @Nullable Countersign countersign,
                   @Nullable Person addedBy) {

    /** 委派 (DELEGATE: the delegate decides for the owner, "X代Y") or 转办 (TRANSFER: only the delegate decides). */
    public record Delegation(String kind, Person delegate, Instant until) {

        public static final String DELEGATE = "DELEGATE";
        public static final String TRANSFER = "TRANSFER";

        boolean activeAt(Instant now) {
            return until.isAfter(now);
        }
    }

    /** Which automatic reminders went out for this assignment, to whom it was escalated, when it was last urged. */
    public record Followup(@Nullable Instant remindedAt, @Nullable Instant dueNoticeAt, @Nullable Person escalatedTo,
                           @Nullable Instant escalatedAt, @Nullable Instant lastUrgedAt) {

        public static final Followup NONE = new Followup(null, null, null, null, null);
    }

    public Step {
        followup = followup == null ? Followup.NONE : followup;
    }

    public Step(int level, String role, Person reviewer, Instant assignedAt, Instant dueAt, Decision decision,
                String opinion, Instant decidedAt) {
        this(level, role, reviewer, assignedAt, dueAt, decision, opinion, decidedAt, null, Followup.NONE, null);
    }

    /** A standing level of the chain. */
    public Step(int level, String role, Person reviewer, @Nullable Instant assignedAt, @Nullable Instant dueAt,
                @Nullable Decision decision, @Nullable String opinion, @Nullable Instant decidedAt,
                @Nullable Delegation delegation, Followup followup, @Nullable Countersign countersign) {
        this(level, role, reviewer, assignedAt, dueAt, decision, opinion, decidedAt, delegation, followup, countersign,
                null);
    }

    public Step(int level, String role, Person reviewer, Instant assignedAt, Instant dueAt, Decision decision,
                String opinion, Instant decidedAt, Delegation delegation, Followup followup) {
        this(level, role, reviewer, assignedAt, dueAt, decision, opinion, decidedAt, delegation, followup, null);
    }

    static Step pending(int level, String role, Person reviewer) {
        return new Step(level, role, reviewer, null, null, null, null, null);
    }

    /** 加签: {@code reviewer} (of organisational {@code role}) waits at {@code level}, inserted by {@code addedBy}. */
    static Step added(int level, String role, Person reviewer, Person addedBy) {
        return new Step(level, role, reviewer, null, null, null, null, null, null, Followup.NONE, null, addedBy);
    }

    /** Added ad hoc (加签), so removable while not reached (减签); a standing level never is (REVIEW-CHAIN-1). */
    public boolean adHoc() {
        return addedBy != null;
    }

    /** The same step at another level: the levels after an added or removed step move by one. */
    Step atLevel(int newLevel) {
        return new Step(newLevel, role, reviewer, assignedAt, dueAt, decision, opinion, decidedAt, delegation,
                followup, countersign, addedBy);
    }

    public boolean decided() {
        return decision != null;
    }

    public boolean isReviewer(String username) {
        return reviewer.username().equals(username);
    }

    /** Owner, or a delegate (active or not): anyone who has or had a say on this step may read the review. */
    public boolean involves(String username) {
        return isReviewer(username) || (delegation != null && delegation.delegate().username().equals(username))
                || (followup.escalatedTo() != null && followup.escalatedTo().username().equals(username))
                || (countersign != null && countersign.includes(username));
    }

    /**
     * Who {@code username} acts as on this step at {@code now}: empty if they may not act; the owner's person if
     * they act for the owner (委派 or a standing acting assignment), {@code null} inside when in their own right.
     */
    Optional<Acting> actingAs(String username, Instant now, Person standingDeputy) {
        boolean delegated = delegation != null && delegation.activeAt(now);
        if (delegated && delegation.delegate().username().equals(username)) {
            return Optional.of(new Acting(delegation.delegate(),
                    Delegation.DELEGATE.equals(delegation.kind()) ? reviewer : null));
        }
        if (isReviewer(username)) {
            return delegated && Delegation.TRANSFER.equals(delegation.kind()) ? Optional.empty()
                    : Optional.of(new Acting(reviewer, null));
        }
        if (standingDeputy != null && standingDeputy.username().equals(username)) {
            return Optional.of(new Acting(standingDeputy, reviewer));
        }
        return Optional.empty();
    }

    /** The person acting and, for "X代Y", the Y they stand in for. */
    record Acting(Person actor, @Nullable Person onBehalfOf) {
    }

    Step assigned(Instant at, Instant due) {
        return new Step(level, role, reviewer, at, due, null, null, null, delegation, Followup.NONE, countersign,
                addedBy);
    }

    /** Back to waiting for its turn: no decision, no clock, 会签 asked again. A delegation stays, bounded by its time. */
    Step reset() {
        return new Step(level, role, reviewer, null, null, null, null, null, delegation, Followup.NONE,
                countersign == null ? null : countersign.reset(), addedBy);
    }

    /** The position's new holder (REVIEW-CHAIN-4): the old owner's 委派/转办 ends with their ownership. */
    Step staffedBy(String newRole, Person newReviewer) {
        return new Step(level, newRole, newReviewer, assignedAt, dueAt, decision, opinion, decidedAt, null, followup,
                countersign, addedBy);
    }

    public Step decidedAs(Decision newDecision, String newOpinion, Instant at) {
        return new Step(level, role, reviewer, assignedAt, dueAt, newDecision, newOpinion, at, delegation, followup,
                countersign, addedBy);
    }

    public Step delegatedTo(Delegation newDelegation) {
        return new Step(level, role, reviewer, assignedAt, dueAt, decision, opinion, decidedAt, newDelegation,
                followup, countersign, addedBy);
    }

    public Step followedUp(Followup newFollowup) {
        return new Step(level, role, reviewer, assignedAt, dueAt, decision, opinion, decidedAt, delegation,
                newFollowup, countersign, addedBy);
    }

    /** The stored countersigners put back on a step loaded with its 会签 rule only. */
    public Step withCountersigners(java.util.List<Countersign.Countersigner> signers) {
        return countersignedAs(new Countersign(countersign.rule(), countersign.required(), signers));
    }

    public Step countersignedAs(Countersign newCountersign) {
        return new Step(level, role, reviewer, assignedAt, dueAt, decision, opinion, decidedAt, delegation, followup,
                newCountersign, addedBy);
    }
}
