package org.gongwen.drafting.draft.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gongwen.kernel.Refusal;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.Person;
import org.gongwen.events.RecordArchived;
import org.gongwen.events.ReviewChainAssigned;
import org.gongwen.events.ReviewRejected;
import org.gongwen.events.ReviewReturned;
import org.gongwen.events.ReviewReviewerAdded;
import org.gongwen.events.ReviewReviewerRemoved;
import org.gongwen.events.ReviewStepApproved;
import org.gongwen.events.ReviewSubmissionRefused;

/**
 * What review-service and archive-service report, applied to the draft. An event about an older revision, or
 * one that does not fit the draft's state any more, is refused as a value: the consumer logs it and moves on,
 * it never fails (which would park it in the dead-letter topic).
 */
public final class ReviewProgress {

    private ReviewProgress() {
    }

    public static Outcome chainAssigned(Draft draft, ReviewChainAssigned event, Instant now) {
        return inReview(draft, event.revision(), "chain-assigned").orElseGet(() -> {
            List<ChainLevel> chain = event.steps().stream()
                    .map(s -> ChainLevel.assigned(s.level(), s.role(), s.reviewer()))
                    .toList();
            return Outcome.accepted(draft.withChain(mergeDecisions(chain, draft.chain()), now));
        });
    }

    public static Outcome stepApproved(Draft draft, ReviewStepApproved event) {
        return inReview(draft, event.revision(), "step-approved").orElseGet(() -> Outcome.accepted(draft.withChain(
                decide(draft.chain(), event.level(), event.role(), event.reviewer(), "APPROVE", event.opinion(),
                        event.decidedAt()), event.decidedAt())));
    }

    /** 加签: a reviewer inserted at {@code level}; that level and the later ones move up by one. */
    public static Outcome reviewerAdded(Draft draft, ReviewReviewerAdded event) {
        return inReview(draft, event.revision(), "reviewer-added").orElseGet(() -> {
            List<ChainLevel> chain = new ArrayList<>(shifted(draft.chain(), event.level(), 1));
            chain.add(ChainLevel.assigned(event.level(), event.role(), event.reviewer()));
            chain.sort(Comparator.comparingInt(ChainLevel::level));
            return Outcome.accepted(draft.withChain(chain, event.at()));
        });
    }

    /** 减签: the added reviewer at {@code level} goes; the later levels move down by one. */
    public static Outcome reviewerRemoved(Draft draft, ReviewReviewerRemoved event) {
        return inReview(draft, event.revision(), "reviewer-removed").orElseGet(() -> Outcome.accepted(draft.withChain(
                shifted(draft.chain().stream().filter(l -> l.level() != event.level()).toList(), event.level() + 1,
                        -1), event.at())));
    }

    /** The levels from {@code from} on, moved by {@code by}. */
    private static List<ChainLevel> shifted(List<ChainLevel> chain, int from, int by) {
        return chain.stream().map(l -> l.level() < from ? l
                : new ChainLevel(l.level() + by, l.role(), l.reviewer(), l.decision(), l.opinion(), l.decidedAt()))
                .toList();
    }

    public static Outcome returned(Draft draft, ReviewReturned event) {
        return inReview(draft, event.revision(), "returned").orElseGet(() -> Outcome.accepted(endOf(draft,
                DraftStatus.RETURNED,
                decide(draft.chain(), event.level(), event.role(), event.reviewer(), "RETURN", event.opinion(),
                        event.decidedAt()),
                new ReviewOpinion(event.revision(), "RETURN", event.level(), event.role(), event.reviewer(),
                        event.opinion(), event.decidedAt()),
                event.decidedAt())));
    }

    /**
     * Review could not open a chain within its rules (e.g. REVIEW-CLEARANCE-1: nobody cleared for the 密级 can take
     * a level): the draft goes back to the drafter as RETURNED with the reason (decision REFUSED, no reviewer), never
     * left IN_REVIEW.
     */
    public static Outcome submissionRefused(Draft draft, ReviewSubmissionRefused event) {
        return inReview(draft, event.revision(), "submission-refused").orElseGet(() -> Outcome.accepted(
                endOf(draft, DraftStatus.RETURNED, draft.chain(),
                        new ReviewOpinion(event.revision(), ReviewOpinion.REFUSED, event.level(), event.role(), null,
                                event.reason() + "（" + event.rule() + "）", event.refusedAt()),
                        event.refusedAt())));
    }

    public static Outcome rejected(Draft draft, ReviewRejected event) {
        return inReview(draft, event.revision(), "rejected").orElseGet(() -> Outcome.accepted(endOf(draft,
                DraftStatus.REJECTED,
                decide(draft.chain(), event.level(), event.role(), event.reviewer(), "REJECT", event.opinion(),
                        event.decidedAt()),
                new ReviewOpinion(event.revision(), "REJECT", event.level(), event.role(), event.reviewer(),
                        event.opinion(), event.decidedAt()),
                event.decidedAt())));
    }

    public static Outcome issued(Draft draft, DocumentIssued event) {
        return inReview(draft, event.revision(), "issued").orElseGet(() -> {
            int signingLevel = draft.chain().stream().mapToInt(ChainLevel::level).max().orElse(1);
            List<ChainLevel> chain = decide(draft.chain(), signingLevel, null, event.signer(), "SIGN", null,
                    event.issuedAt());
            return Outcome.accepted(draft.withIssue(chain, event.documentNumber(), event.signer(), event.issuedAt(),
                    event.documentDate()));
        });
    }

    /**
     * Whether the archive reports a revision that drafting still sees in review. Archive only files what review
     * issued, so that revision's DOCUMENT_ISSUED exists but has not been applied yet: it travels on review's
     * topic and Kafka keeps no order across topics (a consumer catching up after a restart may read archive's
     * partition first). The archived event must wait for it, not be dropped, or the draft stays ISSUED forever.
     */
    public static boolean archivedBeforeIssued(Draft draft, RecordArchived event) {
        return event.revision() == draft.revision() && draft.status() == DraftStatus.IN_REVIEW;
    }

    public static Outcome archived(Draft draft, RecordArchived event) {
        if (event.revision() != draft.revision()) {
            return Outcome.refused(staleRevision(draft, event.revision(), "archived"));
        }
        if (draft.status() != DraftStatus.ISSUED) {
            return Outcome.refused(notApplicable(draft, "archived"));
        }
        return Outcome.accepted(draft.withArchiveNo(event.archiveNo(), event.archivedAt()));
    }

    /**
     * A round that ends without 签发. For a 更正 (CORRECTION-*), the issued revision stays valid whatever the signer
     * decided: the draft is that issued document again, not RETURNED or REJECTED.
     */
    private static Draft endOf(Draft draft, DraftStatus status, List<ChainLevel> chain, ReviewOpinion opinion,
                               Instant at) {
        if (draft.correction() != null && draft.correction().open()) {
            return Correcting.withdrawnCorrection(draft.withChain(chain, at), opinion, at);
        }
        return draft.withReviewEnd(status, chain, opinion, at);
    }

    private static Optional<Outcome> inReview(Draft draft, int revision, String what) {
        if (revision != draft.revision()) {
            return Optional.of(Outcome.refused(staleRevision(draft, revision, what)));
        }
        if (draft.status() != DraftStatus.IN_REVIEW) {
            return Optional.of(Outcome.refused(notApplicable(draft, what)));
        }
        return Optional.empty();
    }

    /** Marks a level decided; a level the chain does not know yet (events overtaking the chain) is added. */
    private static List<ChainLevel> decide(List<ChainLevel> chain, int level, String role, Person reviewer,
                                           String decision, String opinion, Instant at) {
        List<ChainLevel> result = new ArrayList<>();
        boolean found = false;
        for (ChainLevel l : chain) {
            if (l.level() == level) {
                result.add(l.decide(decision, reviewer, opinion, at));
                found = true;
            } else {
                result.add(l);
            }
        }
        if (!found) {
            result.add(ChainLevel.assigned(level, role, reviewer).decide(decision, reviewer, opinion, at));
        }
        return result;
    }

    private static List<ChainLevel> mergeDecisions(List<ChainLevel> assigned, List<ChainLevel> known) {
        List<ChainLevel> result = new ArrayList<>(assigned);
        for (ChainLevel k : known) {
            if (k.decided()) {
                result.removeIf(a -> a.level() == k.level());
                result.add(k);
            }
        }
        result.sort(Comparator.comparingInt(ChainLevel::level));
        return result;
    }

    private static Refusal staleRevision(Draft draft, int revision, String what) {
        return Refusal.of(Refusal.Kind.CONFLICT, "stale-revision",
                "事件（" + what + "）针对第 " + revision + " 次送审，公文当前为第 " + draft.revision() + " 次，已忽略。",
                "Event " + what + " is about revision " + revision + ", the draft is at " + draft.revision() + "; ignored.");
    }

    private static Refusal notApplicable(Draft draft, String what) {
        return Refusal.of(Refusal.Kind.CONFLICT, "event-not-applicable",
                "公文状态为 " + draft.status() + "，事件（" + what + "）不适用，已忽略。",
                "Event " + what + " does not apply to a " + draft.status() + " draft; ignored.");
    }
}
