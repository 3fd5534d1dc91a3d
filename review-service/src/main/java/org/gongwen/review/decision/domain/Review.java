package org.gongwen.review.decision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongwen.events.Classification;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.GongwenEvent;
import org.gongwen.events.Person;
import org.gongwen.events.ReviewChainAssigned.ChainStep;
import org.gongwen.events.ReviewChainAssigned;
import org.gongwen.events.ReviewCountersignRequested;
import org.gongwen.events.ReviewRejected;
import org.gongwen.events.ReviewReturned;
import org.gongwen.events.ReviewStepApproved;
import org.gongwen.events.ReviewSubmissionRefused;
import org.gongwen.review.countersign.domain.Countersign;
import org.gongwen.review.countersign.domain.Countersigning;
import org.gongwen.review.decision.domain.Outcomes.Advanced;
import org.gongwen.review.decision.domain.Outcomes.DecisionOutcome;
import org.gongwen.review.decision.domain.Outcomes.Issued;
import org.gongwen.review.decision.domain.Outcomes.Refused;
import org.gongwen.review.decision.domain.Outcomes.Rejected;
import org.gongwen.review.decision.domain.Outcomes.Returned;
import org.gongwen.review.decision.domain.Outcomes.Started;
import org.gongwen.review.decision.domain.Outcomes.SubmissionIgnored;
import org.gongwen.review.decision.domain.Outcomes.SubmissionOutcome;
import org.gongwen.review.decision.domain.Outcomes.SubmissionRefused;
import org.gongwen.review.decision.domain.Outcomes.WithdrawalIgnored;
import org.gongwen.review.decision.domain.Outcomes.WithdrawalOutcome;
import org.gongwen.review.decision.domain.Outcomes.Withdrawn;
import org.gongwen.review.numbering.domain.DocumentNumber;
import org.gongwen.review.numbering.domain.MinutesPeriods;
import org.gongwen.review.organisation.domain.OrganisationChart;
import org.gongwen.kernel.Refusal;
import org.gongwen.review.shared.domain.ReviewDeadlines;
import org.jspecify.annotations.Nullable;

/**
 * The review of one document across all its submitted revisions. The last round is the current one; earlier
 * rounds stay as history. Methods change nothing: they return the new state with its event, or a refusal.
 */
public record Review(String documentId, Person drafter, List<Round> rounds, @Nullable Issue issue) {

    /** 签发 result: 发文字号, 成文日期, when and by whom, and a 纪要's 期号 (null for other 文种). */
    public record Issue(String documentNumber, LocalDate documentDate, Instant issuedAt, Person signer,
                        @Nullable Integer minutesPeriod) {

        public Issue(String documentNumber, LocalDate documentDate, Instant issuedAt, Person signer) {
            this(documentNumber, documentDate, issuedAt, signer, null);
        }
    }

    public Review {
        rounds = List.copyOf(rounds);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a review has at least one round");
        }
    }

    public Round current() {
        return rounds.get(rounds.size() - 1);
    }

    public int revision() {
        return current().revision();
    }

    public ReviewStatus status() {
        return current().status();
    }

    /** The drafter, anyone in any chain of the document, and 审计/档案 may read the review. */
    public boolean readableBy(String username, boolean auditor) {
        return auditor || drafter.username().equals(username) || rounds.stream().anyMatch(r -> r.involves(username));
    }

    /** The document's 密级 as it must be judged: absent = 非密, an unknown label = 绝密 (fail closed, GB-SEC-1). */
    public Classification classification() {
        return Classification.ofDocument(current().content() == null ? null : current().content().classification());
    }

    /**
     * Whether a reader of this clearance may know the document at all: one classified above it is treated as absent
     * (条例 第三十条, REVIEW-CLEARANCE-3), as drafting-service and the archive do. A 非密 document is within every
     * clearance; an unknown clearance is none (非密).
     */
    public boolean withinClearance(String clearance) {
        return Classification.ofClearance(clearance).covers(classification());
    }

    /**
     * Applies a 送审 to what is stored (nothing, for a first submission). A revision not newer than the stored
     * one is a duplicate or arrived late and changes nothing; a newer one starts a fresh chain at level 1, with
     * {@code countersign}, the 会签 the document kind requires (null: none), placed at the chain's 会签 level
     * (REVIEW-COUNTERSIGN-4) and announced right after the chain.
     */
    public static SubmissionOutcome receive(Optional<Review> stored, Submission submission, List<ChainStep> chain,
                                            @Nullable Countersign countersign, Instant now, ReviewDeadlines deadlines) {
        Optional<SubmissionIgnored> ignored = ignored(stored, submission);
        if (ignored.isPresent()) {
            return ignored.get();
        }
        List<Round> rounds = new ArrayList<>(stored.map(Review::rounds).orElse(List.of()));
        List<Step> steps = new ArrayList<>();
        int countersignLevel = Countersigning.levelFor(chain);
        for (ChainStep link : chain) {
            Step step = Step.pending(link.level(), link.role(), link.reviewer());
            if (countersign != null && link.level() == countersignLevel) {
                step = step.countersignedAs(countersign);
            }
            steps.add(link.level() == 1
                    ? step.assigned(now, deadlines.dueAt(submission.content().urgency(), now))
                    : step);
        }
        rounds.add(new Round(submission.revision(), submission.content(), submission.contentHash(),
                submission.submittedAt(), ReviewStatus.IN_REVIEW, 1, steps, List.of(), submission.correction()));
        // a 更正 keeps the issue it corrects: that document stays valid until the correction is signed
        Review started = new Review(submission.documentId(), submission.drafter(), rounds,
                stored.map(Review::issue).orElse(null));
        List<GongwenEvent> more = countersign == null ? List.of()
                : List.of(new ReviewCountersignRequested(submission.documentId(), submission.revision(),
                countersignLevel, countersign.rule(), countersign.required(),
                countersign.signers().stream().map(Countersign.Countersigner::person).toList(),
                chain.get(countersignLevel - 1).reviewer(), now));
        return new Started(started, new ReviewChainAssigned(submission.documentId(), submission.revision(),
                chain, now), more);
    }

    /**
     * A 送审 no chain within the rules can take (REVIEW-CLEARANCE-1: {@code uncleared} names the level nobody cleared
     * can staff): ignored like any other when stale or duplicate, else refused back to the drafter — never started
     * below clearance and never left waiting.
     */
    public static SubmissionOutcome refuse(Optional<Review> stored, Submission submission,
                                           ChainPolicy.ChainOutcome.Unstaffable unstaffable, Instant now) {
        Optional<SubmissionIgnored> ignored = ignored(stored, submission);
        if (ignored.isPresent()) {
            return ignored.get();
        }
        Refusal refusal = unstaffable.refusal();
        return new SubmissionRefused(new ReviewSubmissionRefused(submission.documentId(), submission.revision(),
                refusal.rule(), unstaffable.level(), unstaffable.role(), refusal.messageZh(), refusal.messageEn(), now));
    }

    /** A revision not newer than the stored one (duplicate, late), or one of a document already ended. */
    private static Optional<SubmissionIgnored> ignored(Optional<Review> stored, Submission submission) {
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Review existing = stored.get();
        if (submission.revision() <= existing.revision()) {
            return Optional.of(new SubmissionIgnored("revision " + submission.revision() + " is not newer than "
                    + existing.revision()));
        }
        boolean correctsIssue = submission.correction() != null && existing.issue() != null
                && existing.status() != ReviewStatus.IN_REVIEW;
        if (!correctsIssue && (existing.status() == ReviewStatus.ISSUED || existing.status() == ReviewStatus.REJECTED)) {
            return Optional.of(new SubmissionIgnored("the document is already " + existing.status()));
        }
        return Optional.empty();
    }

    public DecisionOutcome decide(DecisionRequest request, Signing signing) {
        Round round = current();
        String caller = request.username();
        Optional<Refusal> notYours = checkParticipant(round, caller, request.revision(), signing);
        if (notYours.isPresent()) {
            return new Refused(notYours.get());
        }
        if (request.contentHash() != null && !request.contentHash().equals(round.contentHash())) {
            return new Refused(Refusal.conflict("content-changed", "您审阅的稿件内容已变更，请重新阅读后再决定。",
                    "The content you read has changed since; read it again before deciding."));
        }
        Step step = round.currentStep();
        if (step.countersign() != null && step.countersign().includes(caller) && !step.isReviewer(caller)) {
            return Countersigning.decide(this, round, step, request, signing);
        }
        Instant now = signing.now();
        Optional<Step.Acting> acting = step.actingAs(caller, now, signing.actingFor().get(step.reviewer().username()));
        if (acting.isEmpty()) {
            boolean decidedAlready = round.steps().stream().anyMatch(s -> s.decided() && s.involves(caller));
            return new Refused(decidedAlready
                    ? Refusal.conflict("step-decided", "您的审核环节已办理。", "Your step has already been decided.")
                    : Refusal.forbidden("not-current-reviewer", "尚未轮到您审核该公文。",
                    "You are not the reviewer of the current step."));
        }
        String opinion = request.opinion() == null || request.opinion().isBlank() ? null : request.opinion().strip();
        if (request.decision().needsOpinion() && opinion == null) {
            return new Refused(Decision.opinionRequired(request.decision()));
        }
        if (request.decision() == Decision.APPROVE && step.countersign() != null && !step.countersign().complete()) {
            return new Refused(Refusal.conflict("countersign-pending", "会签尚未完成（已同意 "
                    + step.countersign().approvals() + "/" + step.countersign().required() + "），暂不能同意。",
                    "The 会签 is not complete yet (" + step.countersign().approvals() + " of "
                            + step.countersign().required() + " approvals)."));
        }
        Person actor = acting.get().actor();
        Person onBehalfOf = acting.get().onBehalfOf();
        Integer target = request.returnToLevel();
        if (request.decision() == Decision.RETURN && target != null && target != 0) {
            return Reopening.sendBack(this, round, step, target, actor, onBehalfOf, opinion, signing, step.role());
        }
        Step decided = step.decidedAs(request.decision(), opinion, now);
        return switch (request.decision()) {
            case RETURN -> {
                Round returned = round.with(decided, ReviewStatus.RETURNED, step.level())
                        .logged(new Act(Act.RETURNED, actor, step.role(), step.level(), now, opinion, onBehalfOf));
                yield new Returned(withCurrent(returned, issue), new ReviewReturned(documentId, round.revision(),
                        step.level(), step.role(), actor, opinion, now));
            }
            case REJECT -> {
                Round rejected = round.with(decided, ReviewStatus.REJECTED, step.level())
                        .logged(new Act(Act.REJECTED, actor, step.role(), step.level(), now, opinion, onBehalfOf));
                yield new Rejected(withCurrent(rejected, issue), new ReviewRejected(documentId, round.revision(),
                        step.level(), step.role(), actor, opinion, now));
            }
            case APPROVE -> step.level() == round.lastLevel()
                    ? sign(round, decided, actor, onBehalfOf, signing, request.renumber())
                    : advance(round, decided, actor, onBehalfOf, signing);
        };
    }

    /**
     * The checks every act of a reviewer starts with, in the documented order: in the chain at all (403), the
     * revision they read is current (409), the document is still in review (409).
     */
    Optional<Refusal> checkParticipant(Round round, String caller, int revision, Signing signing) {
        boolean standingDeputy = signing.actingFor().entrySet().stream()
                .anyMatch(e -> e.getValue().username().equals(caller) && round.involves(e.getKey()));
        if (!round.involves(caller) && !standingDeputy) {
            return Optional.of(drafter.username().equals(caller)
                    ? Refusal.forbidden("own-draft", "起草人不能审核自己起草的公文。", "A drafter never reviews their own draft.")
                    : Refusal.forbidden("not-a-reviewer", "您不是该公文当前环节的审核人。",
                    "You are not the reviewer of the current step."));
        }
        if (revision != round.revision()) {
            return Optional.of(Refusal.conflict("stale-revision", "审核的稿本已过时，当前为第 " + round.revision() + " 稿。",
                    "Revision " + revision + " is stale; the current revision is " + round.revision() + "."));
        }
        if (round.status() != ReviewStatus.IN_REVIEW) {
            return Optional.of(Refusal.conflict("not-in-review", "该公文不在审核中（" + round.status() + "）。",
                    "The document is not in review (" + round.status() + ")."));
        }
        return Optional.empty();
    }

    private DecisionOutcome advance(Round round, Step decided, Person actor, Person onBehalfOf, Signing signing) {
        Step next = round.step(decided.level() + 1).orElseThrow();
        Staffing.Staffed staffed = Staffing.forAssignment(round, drafter, next, signing);
        if (staffed.refusal() != null) {
            // REVIEW-CLEARANCE-1: the next level is never handed to someone not cleared for the document
            return new Refused(staffed.refusal());
        }
        Instant now = signing.now();
        Round moved = round.with(decided, ReviewStatus.IN_REVIEW, next.level())
                .with(staffed.step()
                                .assigned(now, signing.deadlines().dueAt(round.content().urgency(), now)),
                        ReviewStatus.IN_REVIEW, next.level())
                .logged(new Act(Act.APPROVED, actor, decided.role(), decided.level(), now, decided.opinion(),
                        onBehalfOf));
        return new Advanced(withCurrent(moved, issue), new ReviewStepApproved(documentId, round.revision(),
                decided.level(), decided.role(), actor, decided.opinion(), now));
    }

    /** 签发 (条例 第二十二条): the signer (or their deputy, recorded as "代") gives the 文号 and 成文日期 (GB-DATE-2). */
    private Issued sign(Round round, Step decided, Person actor, Person onBehalfOf, Signing signing,
                        boolean renumber) {
        // 更正 (条例 第二十五条): the corrected document keeps its 文号 and 成文日期 unless the signer re-issues it
        // under a fresh number, drawn from the same gap-free counter
        boolean keepsNumber = round.correction() != null && issue != null && !renumber;
        LocalDate documentDate = keepsNumber ? issue.documentDate()
                : signing.now().atZone(Signing.CALENDAR_ZONE).toLocalDate();
        String number = keepsNumber ? issue.documentNumber() : DocumentNumber.format(signing.agencyCode(),
                documentDate.getYear(), signing.numbers().next(signing.agencyCode(), documentDate.getYear()));
        // a 纪要's 第N期 (GB/T 9704 §10.3) goes with its 文号: kept by a 更正 that keeps the number, else drawn from
        // the 纪要 series of the 代字 and year in this same transaction (gap-free like the 文号)
        Integer period = null;
        if (MinutesPeriods.numbered(round.content().docType())) {
            period = keepsNumber && issue.minutesPeriod() != null ? issue.minutesPeriod()
                    : signing.minutesPeriods().next(signing.agencyCode(), documentDate.getYear());
        }
        Issue newIssue = new Issue(number, documentDate, signing.now(), actor, period);
        Round signed = round.with(decided, ReviewStatus.ISSUED, decided.level())
                .logged(new Act(Act.SIGNED, actor, decided.role(), decided.level(), signing.now(), decided.opinion(),
                        onBehalfOf));
        Review issued = withCurrent(signed, newIssue);
        return new Issued(issued, new DocumentIssued(documentId, round.revision(), newIssue.documentNumber(),
                actor, newIssue.issuedAt(), documentDate, round.contentHash(), round.content(), drafter,
                Trail.of(issued), round.correction(), period));
    }

    /** 撤回 by the approver of the previous level, before the current reviewer acted (REVIEW-RECALL-1). */
    public DecisionOutcome recall(String username, int revision, Signing signing) {
        return Reopening.recall(this, username, revision, signing);
    }

    /** 加签: the reviewer acting on the current step adds {@code username} right after it (REVIEW-ADHOC-*). */
    public DecisionOutcome addReviewer(String caller, int revision, String username, @Nullable String opinion,
                                       Signing signing) {
        return AddingReviewers.add(this, caller, revision, username, opinion, signing);
    }

    /** 减签: the reviewer acting on the current step removes {@code username}, added ad hoc and not yet reached. */
    public DecisionOutcome removeReviewer(String caller, int revision, String username, @Nullable String opinion,
                                          Signing signing) {
        return AddingReviewers.remove(this, caller, revision, username, opinion, signing);
    }

    /** Whom {@code caller} could add after the current step now (empty if they may not add anyone). */
    public List<OrganisationChart.Member> reviewerCandidates(String caller, Signing signing) {
        return AddingReviewers.candidates(this, caller, signing);
    }

    /** 撤回 is only possible while nobody has decided on the revision the drafter withdraws. */
    public WithdrawalOutcome withdraw(int revision) {
        Round round = current();
        if (revision != round.revision()) {
            return new WithdrawalIgnored("withdrawn revision " + revision + " is not the current " + round.revision());
        }
        if (round.status() != ReviewStatus.IN_REVIEW) {
            return new WithdrawalIgnored("revision " + revision + " is already " + round.status());
        }
        if (round.anyDecided()) {
            return new WithdrawalIgnored("a reviewer has already decided on revision " + revision);
        }
        return new Withdrawn(withCurrent(round.with(round.currentStep(), ReviewStatus.WITHDRAWN, round.currentLevel()),
                issue));
    }

    public Review withCurrent(Round round) {
        return withCurrent(round, issue);
    }

    private Review withCurrent(Round round, Issue newIssue) {
        List<Round> updated = new ArrayList<>(rounds);
        updated.set(updated.size() - 1, round);
        return new Review(documentId, drafter, updated, newIssue);
    }
}
