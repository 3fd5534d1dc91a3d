package org.gongwen.review.decision.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongwen.events.DocumentContent;
import org.gongwen.review.countersign.domain.Countersign;
import org.gongwen.review.decision.application.InboxItem;
import org.gongwen.review.decision.domain.Act;
import org.gongwen.review.decision.domain.Review;
import org.gongwen.review.decision.domain.Round;
import org.gongwen.review.decision.domain.Step;

/** The JSON shapes of contract §2 Review; fields after the contract's are additive. */
public final class ReviewViews {

    private ReviewViews() {
    }

    record InboxEntry(String documentId, int revision, String title, String docType, String urgency, String drafter,
                      String unit, int level, String role, Instant assignedAt, Instant dueAt, boolean overdue,
                      String drafterName, String holder, String holderName, String via, boolean correction) {

        /** {@code correction} (issue 18, additive): a 更正 of an issued document, for its original signer. */
        static InboxEntry of(InboxItem item, Instant now) {
            return new InboxEntry(item.documentId(), item.revision(), item.title(), item.docType(), item.urgency(),
                    item.drafter(), item.unit(), item.level(), item.role(), item.assignedAt(), item.dueAt(),
                    item.dueAt() != null && item.dueAt().isBefore(now), item.drafterName(), item.holder(),
                    item.holderName(), item.via(), item.correction());
        }
    }

    /** One document held by someone: since when, due when, overdue by how long (seconds, 0 if not overdue). */
    record HeldDocument(String documentId, int revision, String title, String docType, String urgency,
                        String drafter, String unit, int level, String role, String holder, String holderName,
                        Instant since, Instant dueAt, long heldSeconds, long overdueSeconds) {

        static HeldDocument of(InboxItem i, Instant now) {
            long overdue = i.dueAt() == null || !i.dueAt().isBefore(now) ? 0
                    : Duration.between(i.dueAt(), now).toSeconds();
            return new HeldDocument(i.documentId(), i.revision(), i.title(), i.docType(), i.urgency(), i.drafter(),
                    i.unit(), i.level(), i.role(), i.holder(), i.holderName(), i.assignedAt(), i.dueAt(),
                    Duration.between(i.assignedAt(), now).toSeconds(), overdue);
        }
    }

    record HolderCount(String holder, String holderName, int held, int overdue) {
    }

    /** "五不" dashboard: documents oldest first, counts per holder (most overdue first). */
    record Dashboard(String unit, Instant at, int total, int overdue, List<HeldDocument> documents,
                     List<HolderCount> perHolder) {

        static Dashboard of(String unit, List<InboxItem> items, Instant now) {
            List<HeldDocument> docs = items.stream().map(i -> HeldDocument.of(i, now)).toList();
            Map<String, List<HeldDocument>> byHolder = docs.stream()
                    .collect(Collectors.groupingBy(HeldDocument::holder, LinkedHashMap::new, Collectors.toList()));
            List<HolderCount> counts = byHolder.values().stream()
                    .map(list -> new HolderCount(list.get(0).holder(), list.get(0).holderName(), list.size(),
                            (int) list.stream().filter(d -> d.overdueSeconds() > 0).count()))
                    .sorted(Comparator.comparingInt(HolderCount::overdue).thenComparingInt(HolderCount::held).reversed())
                    .toList();
            return new Dashboard(unit, now, docs.size(), (int) docs.stream().filter(d -> d.overdueSeconds() > 0).count(),
                    docs, counts);
        }
    }

    /** {@code addedBy}/{@code addedByName}: who inserted the step (加签); null for a standing level of the chain. */
    record StepView(int level, String role, String reviewer, String decision, String opinion, Instant decidedAt,
                    Instant dueAt, String reviewerName, Instant assignedAt, CountersignView countersign,
                    String addedBy, String addedByName) {

        static StepView of(Step s) {
            return new StepView(s.level(), s.role(), s.reviewer().username(),
                    s.decision() == null ? null : s.decision().name(), s.opinion(), s.decidedAt(), s.dueAt(),
                    s.reviewer().name(), s.assignedAt(), CountersignView.of(s.countersign()),
                    s.addedBy() == null ? null : s.addedBy().username(),
                    s.addedBy() == null ? null : s.addedBy().name());
        }
    }

    /**
     * One act of the current revision's journal, in order: who did what, in which role and level (as numbered then),
     * when, with what opinion; for "X代Y" whom they stood in for; for 加签/减签 whom it was about ({@code subject}).
     */
    record ActView(String action, String actor, String actorName, String role, Integer level, Instant at,
                   String opinion, String onBehalfOf, String onBehalfOfName, String subject, String subjectName) {

        static ActView of(Act a) {
            return new ActView(a.action(), a.actor().username(), a.actor().name(), a.role(), a.level(), a.at(),
                    a.opinion(), a.onBehalfOf() == null ? null : a.onBehalfOf().username(),
                    a.onBehalfOf() == null ? null : a.onBehalfOf().name(),
                    a.subject() == null ? null : a.subject().username(),
                    a.subject() == null ? null : a.subject().name());
        }
    }

    /** 会签 on a step: the rule, how many approvals complete it, whether they have, and each countersigner. */
    record CountersignView(String rule, int required, boolean complete, List<CountersignerView> countersigners) {

        static CountersignView of(Countersign c) {
            return c == null ? null : new CountersignView(c.rule(), c.required(), c.complete(), c.signers().stream()
                    .map(s -> new CountersignerView(s.person().username(), s.person().name(), s.person().unit(),
                            s.decision() == null ? null : s.decision().name(), s.opinion(), s.decidedAt()))
                    .toList());
        }
    }

    record CountersignerView(String username, String name, String unit, String decision, String opinion,
                             Instant decidedAt) {
    }

    record RoundView(int revision, String status, int currentLevel, String contentHash, Instant submittedAt,
                     List<StepView> steps) {

        static RoundView of(Round r) {
            return new RoundView(r.revision(), r.status().name(), r.currentLevel(), r.contentHash(), r.submittedAt(),
                    r.steps().stream().map(StepView::of).toList());
        }
    }

    public record ReviewView(String documentId, int revision, String status, int currentLevel, List<StepView> steps,
                      String title, String docType, String urgency, String drafter, String drafterName, String unit,
                      DocumentContent content, String contentHash, Instant submittedAt, String documentNumber,
                      LocalDate documentDate, Instant issuedAt, String signer, List<RoundView> history,
                      List<ActView> acts, Integer minutesPeriod) {

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
                    issue == null ? null : issue.signer().username(), history,
                    current.acts().stream().map(ActView::of).toList(), issue == null ? null : issue.minutesPeriod());
        }
    }
}
