package org.gongwen.archive.accession.application;

import org.gongwen.events.GongwenEvent;

/** Publishes an event if and only if the surrounding transaction commits. */
public interface EventPublisher {

    void publish(GongwenEvent event);
}
