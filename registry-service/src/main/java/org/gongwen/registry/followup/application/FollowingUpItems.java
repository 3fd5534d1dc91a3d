package org.gongwen.registry.followup.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.gongwen.kernel.Transactions;
import org.gongwen.kernel.WorkingCalendar;
import org.gongwen.registry.followup.application.FollowUps.Claimed;
import org.gongwen.registry.followup.domain.FollowUpPolicy;
import org.gongwen.registry.followup.domain.FollowingUp;
import org.gongwen.registry.followup.domain.FollowingUp.FollowUp;
import org.gongwen.registry.followup.domain.Notice;
import org.gongwen.registry.shared.application.RegistryEvents;
import org.gongwen.registry.shared.domain.RegistryEvent;

/**
 * Sends the 催办 that are due, as review-service's follow-up does for review steps. Safe with several instances:
 * each batch locks its items ({@code FOR UPDATE SKIP LOCKED}), and a notice is recorded at most once per item, kind
 * and day (a unique key) before it is published in the same transaction, so nothing goes out twice.
 */
public class FollowingUpItems {

    private static final int BATCH = 50;

    private final FollowUps followUps;
    private final RegistryEvents events;
    private final Transactions tx;
    private final WorkingCalendar calendar;
    private final FollowUpPolicy policy;
    private final Clock clock;

    public FollowingUpItems(FollowUps followUps, RegistryEvents events, Transactions tx, WorkingCalendar calendar,
                            FollowUpPolicy policy, Clock clock) {
        this.followUps = followUps;
        this.events = events;
        this.tx = tx;
        this.calendar = calendar;
        this.policy = policy;
        this.clock = clock;
    }

    /** Runs batches until nothing is due; returns how many notices went out. */
    public int runDue() {
        int total = 0;
        while (true) {
            // every claimed item is scheduled after now, so each batch is new work and the loop ends
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Batch batch = tx.inTransaction(() -> {
                List<Claimed> due = followUps.claimDue(now, BATCH);
                List<RegistryEvent> sent = new ArrayList<>();
                for (Claimed claimed : due) {
                    FollowUp f = FollowingUp.due(claimed.item(), claimed.sent(), now, calendar, policy);
                    for (Notice notice : f.notices()) {
                        if (followUps.record(notice)) {
                            sent.add(notice);
                        }
                    }
                    followUps.schedule(claimed.item(), f.sent(), f.nextAt());
                }
                events.publish(sent);
                return new Batch(due.size(), sent.size());
            });
            total += batch.sent();
            if (batch.claimed() == 0) {
                return total;
            }
        }
    }

    private record Batch(int claimed, int sent) {
    }
}
