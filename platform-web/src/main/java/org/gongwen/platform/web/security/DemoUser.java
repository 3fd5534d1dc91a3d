package org.gongwen.platform.web.security;

import java.util.Set;

/** A user of the demo organisation (contract §1), as the local token issuer and the tests know them. */
public record DemoUser(String username, String name, String unit, Set<String> roles, String clearance) {

    public DemoUser {
        roles = Set.copyOf(roles);
        unit = unit == null ? "" : unit;
        clearance = clearance == null ? "" : clearance;
    }
}
