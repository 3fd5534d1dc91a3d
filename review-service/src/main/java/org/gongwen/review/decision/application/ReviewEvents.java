package org.gongwen.review.decision.application;

import org.gongwen.events.GongwenEvent;

/** Publishes an event within the current transaction (it leaves only if the transaction commits). */
public interface ReviewEvents {

    void publish(GongwenEvent event);
}
