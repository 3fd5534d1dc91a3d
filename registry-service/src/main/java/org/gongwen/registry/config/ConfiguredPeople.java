package org.gongwen.registry.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongwen.events.Classification;
import org.gongwen.registry.circulation.application.People;
import org.gongwen.registry.config.RegistryProperties.PersonSettings;
import org.gongwen.registry.shared.domain.Person;

/**
 * The people a 传阅 may name, from configuration, until the organisation review-service publishes has arrived
 * ({@code ReplicatedOrganisation}): a reader's clearance must be known before the document is sent round
 * (CIRC-START-1). An unknown or absent clearance is none (fail closed).
 */
class ConfiguredPeople implements People {

    private final RegistryProperties properties;

    ConfiguredPeople(RegistryProperties properties) {
        this.properties = properties;
    }

    @Override
    public Optional<Person> find(String username) {
        PersonSettings p = properties.people().get(username);
        if (p == null) {
            return Optional.empty();
        }
        List<String> roles = p.roles() == null ? List.of() : p.roles();
        return Optional.of(new Person(username, p.name() == null ? username : p.name(),
                p.unit() == null ? "" : p.unit(), Set.copyOf(roles), Classification.ofClearance(p.clearance())));
    }
}
