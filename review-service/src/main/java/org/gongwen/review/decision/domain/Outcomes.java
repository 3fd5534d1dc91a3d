package org.gongwen.review.decision.domain;

import java.util.List;

import org.gongwen.events.DocumentIssued;
import org.gongwen.events.GongwenEvent;
import org.gongwen.events.ReviewChainAssigned;
import org.gongwen.events.ReviewRejected;
import org.gongwen.events.ReviewReturned;
import org.gongwen.events.ReviewStepApproved;
import org.gongwen.events.ReviewStepReopened;
import org.gongwen.events.ReviewSubmissionRefused;
import org.gongwen.kernel.Refusal;

/** What the review aggregate answers: a new state with the event announcing it, or a reason for doing nothing. */
public final class Outcomes {

    private Outcomes() {
    }

    public sealed interface SubmissionOutcome {
    }

    /** {@code moreEvents}: published after the chain, e.g. the 会签 configured for the document kind. */
    public record Started(Review review, ReviewChainAssigned event, List<GongwenEvent> moreEvents)
            implements SubmissionOutcome {

        public Started {
            moreEvents = moreEvents == null ? List.of() : List.copyOf(moreEvents);
        }

        public Started(Review review, ReviewChainAssigned event) {
            this(review, event, List.of());
        }
    }

    public record SubmissionIgnored(String reason) implements SubmissionOutcome {
    }

    /**
     * A new revision review cannot staff within the rules (REVIEW-CLEARANCE-1): nothing is stored, the event tells
     * drafting to give the draft back to the drafter with the reason.
     */
    public record SubmissionRefused(ReviewSubmissionRefused event) implements SubmissionOutcome {
    }

    public sealed interface DecisionOutcome {
    }

    /** A decision taken: the state to store and the one event to publish. */
    public sealed interface Decided extends DecisionOutcome {
        Review review();

        GongwenEvent event();

        /** Published after {@link #event()} in the same transaction. */
        default List<GongwenEvent> moreEvents() {
            return List.of();
        }
    }

    public record Advanced(Review review, ReviewStepApproved event) implements Decided {
    }

    public record Returned(Review review, ReviewReturned event) implements Decided {
    }

    public record Rejected(Review review, ReviewRejected event) implements Decided {
    }

    public record Issued(Review review, DocumentIssued event) implements Decided {
    }

    /** 退回 to an earlier level or 撤回 by the previous approver: the document stays in review. */
    public record Reopened(Review review, ReviewStepReopened event) implements Decided {
    }

    /** 委派/转办, an escalation or a 催办: the review changes, nobody decided anything. */
    public record Noted(Review review, GongwenEvent event) implements Decided {
    }

    /** A countersigner's act: the countersigned event, after the returned/step-reopened one if they sent it back. */
    public record Countersigned(Review review, GongwenEvent event, List<GongwenEvent> moreEvents) implements Decided {

        public Countersigned {
            moreEvents = List.copyOf(moreEvents);
        }
    }

    public record Refused(Refusal refusal) implements DecisionOutcome {
    }

    public sealed interface WithdrawalOutcome {
    }

    public record Withdrawn(Review review) implements WithdrawalOutcome {
    }

    public record WithdrawalIgnored(String reason) implements WithdrawalOutcome {
    }
}
