package org.gongwen.review.decision.domain;

import java.time.Instant;

import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;

/** 送审 as drafting announced it: revision {@code revision} of the document with this exact content. */
public record Submission(String documentId, int revision, Person drafter, DocumentContent content, String contentHash,
                         Instant submittedAt) {
}
