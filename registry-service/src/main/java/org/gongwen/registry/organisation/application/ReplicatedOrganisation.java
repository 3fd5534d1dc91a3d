package org.gongwen.registry.organisation.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.gongwen.registry.circulation.application.People;
import org.gongwen.registry.delivery.application.Organisation;
import org.gongwen.registry.organisation.domain.OrganisationState;
import org.gongwen.registry.shared.domain.Person;

/**
 * Our units and people as review-service last published them (issue 17), on every instance: the replica's version is
 * looked at on each use (one statement), the state read again only when it moved. Until the first state has arrived
 * (a registry started before review-service ever ran), the deployment's configuration answers. Deadlines stay with
 * the configured calendar.
 */
public final class ReplicatedOrganisation implements Organisation, People {

    private final OrganisationReplica replica;
    private final Organisation configured;
    private final People configuredPeople;
    private final String organ;
    private final Map<String, String> aliases;
    private final AtomicReference<OrganisationState> known = new AtomicReference<>();

    /**
     * @param organ   our organ's name, which documents put before a unit's name (江城市民政局)
     * @param aliases further names documents use for our units (configured), e.g. 局领导
     */
    public ReplicatedOrganisation(OrganisationReplica replica, Organisation configured, People configuredPeople,
                                  String organ, Map<String, String> aliases) {
        this.replica = replica;
        this.configured = configured;
        this.configuredPeople = configuredPeople;
        this.organ = organ;
        this.aliases = Map.copyOf(aliases);
    }

    @Override
    public Map<String, String> unitsByName() {
        return current().map(state -> state.unitsByName(organ, aliases)).orElseGet(configured::unitsByName);
    }

    @Override
    public Instant signingDue(Instant at, String urgency) {
        return configured.signingDue(at, urgency);
    }

    @Override
    public Optional<Person> find(String username) {
        Optional<OrganisationState> state = current();
        return state.isPresent() ? state.get().person(username) : configuredPeople.find(username);
    }

    private Optional<OrganisationState> current() {
        Optional<Long> version = replica.version();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        OrganisationState cached = known.get();
        if (cached != null && cached.version() == version.get()) {
            return Optional.of(cached);
        }
        Optional<OrganisationState> loaded = replica.state().map(OrganisationState::of);
        loaded.ifPresent(known::set);
        return loaded;
    }
}
