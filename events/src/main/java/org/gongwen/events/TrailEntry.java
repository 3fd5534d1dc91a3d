package org.gongwen.events;

import java.time.Instant;

/**
 * One act in a document's life, as the archive keeps it: 起草/送审 (SUBMITTED), 审核 (APPROVED), 退回
 * (RETURNED), 签发 (SIGNED), and since review issue 4 also SENT_BACK (退回 to an earlier level), RECALLED (撤回 by
 * the previous approver), DELEGATED/TRANSFERRED (委派/转办), COUNTERSIGNED (会签) and ESCALATED. {@code contentHash}
 * binds the act to the exact content the actor saw. {@code onBehalfOf}/{@code onBehalfOfName} name the person the
 * actor stood in for ("X代Y": actor X, onBehalfOf Y); null when the actor acted in their own right. Every code a
 * producer writes is a {@link TrailAction} (issue 14); readers still tolerate one they do not know.
 */
public record TrailEntry(String action, Person actor, String role, Integer level, Instant at, String opinion,
                         String contentHash, String onBehalfOf, String onBehalfOfName) {

    /** The act of someone acting in their own right (the v1 shape before {@code onBehalfOf}). */
    public TrailEntry(String action, Person actor, String role, Integer level, Instant at, String opinion,
                      String contentHash) {
        this(action, actor, role, level, at, opinion, contentHash, null, null);
    }
}
