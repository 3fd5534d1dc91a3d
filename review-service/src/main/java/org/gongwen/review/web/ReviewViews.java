package org.gongwen.review.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongwen.events.DocumentContent;
import org.gongwen.review.application.InboxItem;
import org.gongwen.review.domain.Review;
import org.gongwen.review.domain.Round;
import org.gongwen.review.domain.Step;

/** The JSON shapes of contract §2 Review; fields after the contract's are additive. */
final class ReviewViews {

    private ReviewViews() {
    }

    record InboxEntry(String documentId, int revision, String title, String docType, String urgency, String drafter,
                      String unit, int level, String role, Instant assignedAt, Instant dueAt, boolean overdue,
                      String drafterName) {

        static InboxEntry of(InboxItem item, Instant now) {
            return new InboxEntry(item.documentId(), item.revision(), item.title(), item.docType(), item.urgency(),
                    item.drafter(), item.unit(), item.level(), item.role(), item.assignedAt(), item.dueAt(),
                    item.dueAt() != null && item.dueAt().isBefore(now), item.drafterName());
        }
    }

    record StepView(int level, String role, String reviewer, String decision, String opinion, Instant decidedAt,
                    Instant dueAt, String reviewerName, Instant assignedAt) {

        static StepView of(Step s) {
            return new StepView(s.level(), s.role(), s.reviewer().username(),
                    s.decision() == null ? null : s.decision().name(), s.opinion(), s.decidedAt(), s.dueAt(),
                    s.reviewer().name(), s.assignedAt());
        }
    }

    record RoundView(int revision, String status, int currentLevel, String contentHash, Instant submittedAt,
                     List<StepView> steps) {

        static RoundView of(Round r) {
            return new RoundView(r.revision(), r.status().name(), r.currentLevel(), r.contentHash(), r.submittedAt(),
                    r.steps().stream().map(StepView::of).toList());
        }
    }

    record ReviewView(String documentId, int revision, String status, int currentLevel, List<StepView> steps,
                      String title, String docType, String urgency, String drafter, String drafterName, String unit,
                      DocumentContent content, String contentHash, Instant submittedAt, String documentNumber,
                      LocalDate documentDate, Instant issuedAt, String signer, List<RoundView> history) {

        static ReviewView of(Review review) {
            Round current = review.current();
            Review.Issue issue = review.issue();
            List<RoundView> history = review.rounds().subList(0, review.rounds().size() - 1).stream()
                    .map(RoundView::of).toList();
            return new ReviewView(review.documentId(), current.revision(), current.status().name(),
                    current.currentLevel(), current.steps().stream().map(StepView::of).toList(),
                    current.content().title(), current.content().docType(), current.content().urgency(),
                    review.drafter().username(), review.drafter().name(), review.drafter().unit(), current.content(),
                    current.contentHash(), current.submittedAt(), issue == null ? null : issue.documentNumber(),
                    issue == null ? null : issue.documentDate(), issue == null ? null : issue.issuedAt(),
                    issue == null ? null : issue.signer().username(), history);
        }
    }
}
