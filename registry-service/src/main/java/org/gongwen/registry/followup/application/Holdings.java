package org.gongwen.registry.followup.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.registry.followup.domain.OpenItem;
import org.jspecify.annotations.Nullable;

/** Who holds what in the registry right now, for the "五不" dashboard (port; persistence reads it). */
public interface Holdings {

    /**
     * One piece of open work: a delivery awaiting 签收, a 收文 at the office, a leader or its 主办 unit, a 传阅 copy
     * a reader holds, an open 交办事项.
     *
     * @param holder     a unit code, a username (a 传阅 reader) or null for "the leaders" (a 收文 awaiting 批办)
     * @param deadline   null where the work has no time limit (传阅, 收文 before 批办)
     */
    record Holding(String kind, UUID id, UUID documentId, String title, Classification classification,
                   @Nullable String holder, String holderKind, Instant since, OpenItem.@Nullable Deadline deadline) {
    }

    /** Everything open that a person cleared for {@code clearance} may see, of one unit's or all. */
    List<Holding> open(Classification clearance, @Nullable String unit);
}
