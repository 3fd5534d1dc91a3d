package org.gongwen.drafting.draft.application;

import java.time.Instant;
import java.util.UUID;

/** A revision: which saved version was submitted (送审) the n-th time, with the hash reviewers saw. */
public record Submission(UUID draftId, int revision, long version, String contentHash, Instant submittedAt) {
}
