package org.gongwen.review.application;

import java.time.Instant;
import java.util.Map;

import org.gongwen.events.Person;
import org.gongwen.review.domain.OrganisationChart;

/** The organisation data review-service keeps: people, reporting lines and settings, as valid now. */
public interface Organisation {

    OrganisationChart current();

    /** Standing acting assignments valid at {@code at}: owner username → who acts for them (leader on leave). */
    Map<String, Person> actingFor(Instant at);
}
