package org.gongwen.registry.intake.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The reply drafts that answer 收文 (persistence port). */
public interface ReplyDrafts {

    /** A reply draft of drafting-service and the 收文 it answers. */
    record ReplyDraft(UUID draftId, UUID incomingId, String drafter, String drafterUnit, String title,
                      Instant startedAt) {
    }

    /** Records the reply once; false when that draft was recorded before (a replayed event). */
    boolean record(ReplyDraft reply);

    Optional<ReplyDraft> of(UUID draftId);

    /**
     * The 文号 a document was issued with, when the registry has seen it issued (its deliveries): a reply announced
     * after its own document.issued was applied (the two travel on different topics) still concludes its 收文.
     */
    Optional<String> issuedNumber(UUID documentId);
}
