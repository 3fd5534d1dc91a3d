package org.gongwen.events;

import java.time.Instant;
import java.util.List;

/**
 * The 逐级 chain a submitted revision will go through, level by level, as the organisation stood when the
 * review started. Lets the drafting side know who may read the draft and where it is in the chain.
 * (Added to the contract additively; not in shared/contract.md v1.)
 */
public record ReviewChainAssigned(String documentId, int revision, List<ChainStep> steps, Instant assignedAt)
        implements GongwenEvent {

    public ReviewChainAssigned {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** One level of the chain: 1 = first reviewer; the last level signs (签发). */
    public record ChainStep(int level, String role, Person reviewer) {
    }
}
