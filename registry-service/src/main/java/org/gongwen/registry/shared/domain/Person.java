package org.gongwen.registry.shared.domain;

import java.util.Set;

import org.gongwen.events.Classification;

/**
 * Who acts, as the token says: username, name, unit code, roles and clearance. The office (办公室) registers and
 * proposes; leaders (局长, 主任, 分管主任) decide who handles a 收文.
 */
public record Person(String username, String name, String unit, Set<String> roles, Classification clearance) {

    /** The roles that may 批办 (name the 承办 unit and deadline of a 收文): 局长, 主任, 分管主任. */
    public static final Set<String> LEADER_ROLES = Set.of("CHIEF", "DIRECTOR", "DEPUTY_DIRECTOR");

    public Person {
        roles = Set.copyOf(roles);
    }

    public boolean isLeader() {
        return roles.stream().anyMatch(LEADER_ROLES::contains);
    }

    public boolean belongsTo(String unitCode) {
        return unit.equals(unitCode);
    }

    /** Clearance holds everywhere: a 机密 document reaches only people cleared for 机密 or above. */
    public boolean isClearedFor(Classification marking) {
        return clearance.rank() >= marking.rank();
    }
}
