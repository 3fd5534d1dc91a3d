package org.gongwen.registry.organisation.messaging;

import java.util.Set;

import org.gongwen.events.EventType;
import org.gongwen.events.ReviewOrganisationChanged;
import org.gongwen.platform.messaging.EventEnvelope;
import org.gongwen.platform.messaging.EventHandler;
import org.gongwen.registry.organisation.application.OrganisationReplica;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the organisation review-service published; an older or repeated state changes nothing. */
class OrganisationChangedHandler implements EventHandler {

    private static final Logger log = LoggerFactory.getLogger(OrganisationChangedHandler.class);

    private final OrganisationReplica replica;

    OrganisationChangedHandler(OrganisationReplica replica) {
        this.replica = replica;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.REVIEW_ORGANISATION_CHANGED);
    }

    @Override
    public void handle(EventEnvelope event) {
        ReviewOrganisationChanged changed = event.payloadAs(ReviewOrganisationChanged.class);
        if (replica.keep(changed)) {
            log.info("Organisation version {} kept: {} units, {} people", changed.version(), changed.units().size(),
                    changed.people().size());
        }
    }
}
