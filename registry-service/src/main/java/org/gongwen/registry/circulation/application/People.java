package org.gongwen.registry.circulation.application;

import java.util.Optional;

import org.gongwen.registry.shared.domain.Person;

/** Who a username is: unit, roles and clearance (port: the organisation is review-service's data). */
public interface People {

    Optional<Person> find(String username);
}
