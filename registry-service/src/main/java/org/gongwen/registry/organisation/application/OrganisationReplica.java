package org.gongwen.registry.organisation.application;

import java.util.Optional;

import org.gongwen.events.ReviewOrganisationChanged;

/** The latest organisation state received, shared by every registry instance (port: its table). */
public interface OrganisationReplica {

    /** Keeps {@code changed} unless a state of the same or a higher version is kept: redelivered or late, it is older. */
    boolean keep(ReviewOrganisationChanged changed);

    /** The version kept, if any: one cheap look before the state is read again. */
    Optional<Long> version();

    Optional<ReviewOrganisationChanged> state();
}
