package org.gongwen.events;

import java.time.Instant;

/** 送审: revision {@code revision} of a draft entered review with this exact content. */
public record DraftSubmitted(String documentId, int revision, Person drafter, DocumentContent content,
                             String contentHash, Instant submittedAt) implements GongwenEvent {
}
