package org.gongwen.drafting.shared.domain;

import java.util.Set;

import org.gongwen.events.Person;

/** Who acts, as the access token says; clearance is 绝密/机密/秘密 or empty for 非密. */
public record Actor(String username, String name, String unit, Set<String> roles, String clearance) {

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        clearance = clearance == null ? "" : clearance;
        unit = unit == null ? "" : unit;
        name = name == null ? username : name;
    }

    public Person person() {
        return new Person(username, name, unit);
    }

    public boolean isAuditor() {
        return roles.contains("AUDITOR");
    }
}
