package org.gongwen.drafting.draft.messaging;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.gongwen.drafting.draft.application.FollowingReview;
import org.gongwen.drafting.draft.domain.Draft;
import org.gongwen.drafting.draft.domain.Outcome;
import org.gongwen.drafting.draft.domain.ReviewProgress;
import org.gongwen.events.DocumentIssued;
import org.gongwen.events.EventType;
import org.gongwen.events.GongwenEvent;
import org.gongwen.events.RecordArchived;
import org.gongwen.events.ReviewChainAssigned;
import org.gongwen.events.ReviewRejected;
import org.gongwen.events.ReviewReturned;
import org.gongwen.events.ReviewReviewerAdded;
import org.gongwen.events.ReviewReviewerRemoved;
import org.gongwen.events.ReviewStepApproved;
import org.gongwen.events.ReviewSubmissionRefused;
import org.gongwen.platform.messaging.EventEnvelope;
import org.gongwen.platform.messaging.EventHandler;
import org.gongwen.platform.messaging.RetryLaterException;
import org.springframework.stereotype.Component;

/** Review's and archive's events, translated into moves of the draft they are about. */
@Component
class ReviewEventHandler implements EventHandler {

    private final FollowingReview following;
    private final Clock clock;

    ReviewEventHandler(FollowingReview following, Clock clock) {
        this.following = following;
        this.clock = clock;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.REVIEW_CHAIN_ASSIGNED, EventType.REVIEW_STEP_APPROVED, EventType.REVIEW_RETURNED,
                EventType.REVIEW_REJECTED, EventType.DOCUMENT_ISSUED, EventType.RECORD_ARCHIVED,
                EventType.REVIEW_SUBMISSION_REFUSED, EventType.REVIEW_REVIEWER_ADDED,
                EventType.REVIEW_REVIEWER_REMOVED);
    }

    @Override
    public void handle(EventEnvelope envelope) {
        GongwenEvent event = envelope.payload();
        String what = envelope.type().typeName() + " (" + envelope.eventId() + ")";
        following.apply(event.documentId(), what, draft -> apply(draft, event));
    }

    private Outcome apply(Draft draft, GongwenEvent event) {
        if (event instanceof ReviewChainAssigned e) {
            return ReviewProgress.chainAssigned(draft, e, clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
        if (event instanceof ReviewStepApproved e) {
            return ReviewProgress.stepApproved(draft, e);
        }
        if (event instanceof ReviewReviewerAdded e) {
            return ReviewProgress.reviewerAdded(draft, e);
        }
        if (event instanceof ReviewReviewerRemoved e) {
            return ReviewProgress.reviewerRemoved(draft, e);
        }
        if (event instanceof ReviewReturned e) {
            return ReviewProgress.returned(draft, e);
        }
        if (event instanceof ReviewSubmissionRefused e) {
            return ReviewProgress.submissionRefused(draft, e);
        }
        if (event instanceof ReviewRejected e) {
            return ReviewProgress.rejected(draft, e);
        }
        if (event instanceof DocumentIssued e) {
            return ReviewProgress.issued(draft, e);
        }
        if (event instanceof RecordArchived e) {
            if (ReviewProgress.archivedBeforeIssued(draft, e)) {
                // rolled back and retried by the consumer until review's DOCUMENT_ISSUED has been applied
                throw new RetryLaterException("archived before its DOCUMENT_ISSUED arrived: " + e.documentId(), null);
            }
            return ReviewProgress.archived(draft, e);
        }
        throw new IllegalArgumentException("not handled here: " + event.eventType());
    }
}
