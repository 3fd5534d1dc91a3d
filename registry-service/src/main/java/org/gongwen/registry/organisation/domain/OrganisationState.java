package org.gongwen.registry.organisation.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongwen.events.Classification;
import org.gongwen.events.ReviewOrganisationChanged;
import org.gongwen.registry.shared.domain.Person;

/**
 * One published state of the organisation, as distribution and 传阅 ask it: which names documents use for our units,
 * and who a username is.
 *
 * @param version the organisation's version at review-service
 * @param units   unit code → the unit's name (e.g. SHJZ → 社会救助科)
 * @param people  username → the person: unit, role and clearance (an unknown or absent clearance is none)
 */
public record OrganisationState(long version, Map<String, String> units, Map<String, Person> people) {

    public OrganisationState {
        units = Map.copyOf(units);
        people = Map.copyOf(people);
    }

    public static OrganisationState of(ReviewOrganisationChanged changed) {
        Map<String, String> units = new LinkedHashMap<>();
        changed.units().forEach(u -> units.put(u.code(), u.name()));
        Map<String, Person> people = new LinkedHashMap<>();
        changed.people().forEach(p -> people.put(p.username(), new Person(p.username(), p.name(),
                p.unit() == null ? "" : p.unit(), Set.of(p.role()), Classification.ofClearance(p.clearance()))));
        return new OrganisationState(changed.version(), units, people);
    }

    /**
     * The names documents use for our units → unit code (REG-DIST: a 主送/抄送 organ named so is delivered inside):
     * each unit's name, the same name after the organ's ({@code organ} 社会救助科 = 江城市民政局社会救助科), and the
     * deployment's further aliases ({@code aliases}, e.g. 局领导) as long as their unit still exists. The published
     * names win over an alias that names another unit: the organisation is review-service's to say.
     */
    public Map<String, String> unitsByName(String organ, Map<String, String> aliases) {
        Map<String, String> byName = new HashMap<>();
        aliases.forEach((name, code) -> {
            if (units.containsKey(code)) {
                byName.put(name, code);
            }
        });
        units.forEach((code, name) -> {
            byName.put(name, code);
            byName.put(organ + name, code);
        });
        return Map.copyOf(byName);
    }

    public Optional<Person> person(String username) {
        return Optional.ofNullable(people.get(username));
    }
}
