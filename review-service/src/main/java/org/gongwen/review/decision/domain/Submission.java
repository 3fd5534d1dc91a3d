package org.gongwen.review.decision.domain;

import java.time.Instant;

import org.gongwen.events.Corrects;
import org.gongwen.events.DocumentContent;
import org.gongwen.events.Person;
import org.jspecify.annotations.Nullable;

/**
 * 送审 as drafting announced it: revision {@code revision} of the document with this exact content;
 * {@code correction} set for a 更正 of the issued document (it goes to the original signer only).
 */
public record Submission(String documentId, int revision, Person drafter, DocumentContent content, String contentHash,
                         Instant submittedAt, @Nullable Corrects correction) {

    public Submission(String documentId, int revision, Person drafter, DocumentContent content, String contentHash,
                      Instant submittedAt) {
        this(documentId, revision, drafter, content, contentHash, submittedAt, null);
    }
}
