package org.gongwen.registry.followup.application;

import java.time.Instant;
import java.util.List;

import org.gongwen.registry.followup.domain.FollowingUp.Sent;
import org.gongwen.registry.followup.domain.Notice;
import org.gongwen.registry.followup.domain.OpenItem;

/** Where 催办 finds the open items and keeps what went out (port; persistence implements it). */
public interface FollowUps {

    /** An open item and what was sent for it so far. */
    record Claimed(OpenItem item, Sent sent) {
    }

    /**
     * Up to {@code limit} open items (undone deliveries awaiting 签收, 收文 being handled, open 交办事项) whose next
     * look is due at {@code now} (or never looked at), each locked for this transaction; rows another transaction
     * holds are skipped, so two instances never follow the same item up at once.
     */
    List<Claimed> claimDue(Instant now, int limit);

    /**
     * Records a notice in the item's trail; false if that item already has a notice of this kind for this day (a
     * rerun, or another instance that got there first), and then it must not be published.
     */
    boolean record(Notice notice);

    /** What was sent for the item and when to look at it again. */
    void schedule(OpenItem item, Sent sent, Instant nextAt);
}
