package org.gongwen.review.application;

import org.gongwen.review.domain.OrganisationChart;

/** The organisation data review-service keeps: people, reporting lines and settings, as valid now. */
public interface Organisation {

    OrganisationChart current();
}
