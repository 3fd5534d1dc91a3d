package org.gongwen.events;

import java.time.Instant;

/**
 * 送审: revision {@code revision} of a draft entered review with this exact content. {@code correction} (additive)
 * is set when the revision is a 更正 of an issued document: it goes to the original signer only.
 */
public record DraftSubmitted(String documentId, int revision, Person drafter, DocumentContent content,
                             String contentHash, Instant submittedAt, Corrects correction)
        implements GongwenEvent {

    /** An ordinary submission. */
    public DraftSubmitted(String documentId, int revision, Person drafter, DocumentContent content, String contentHash,
                          Instant submittedAt) {
        this(documentId, revision, drafter, content, contentHash, submittedAt, null);
    }
}
