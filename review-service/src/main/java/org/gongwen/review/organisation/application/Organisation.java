package org.gongwen.review.organisation.application;

import java.time.Instant;
import java.util.Map;

import org.gongwen.events.Person;
import org.gongwen.review.organisation.domain.OrganisationChart;

/** The organisation data review-service keeps: people, reporting lines and settings, with their history. */
public interface Organisation {

    /** The organisation valid now (the service clock). */
    OrganisationChart current();

    /** The organisation as it stood at {@code at}: rows with valid_from ≤ at < valid_to. */
    OrganisationChart at(Instant at);

    /** Standing acting assignments valid at {@code at}: owner username → who acts for them (leader on leave). */
    Map<String, Person> actingFor(Instant at);
}
