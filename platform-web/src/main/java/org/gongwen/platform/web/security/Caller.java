package org.gongwen.platform.web.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as the access token says: login name, display name, unit code, roles and 密级 clearance
 * (绝密/机密/秘密, or empty for 非密). Reporting lines are not in the token: review-service owns them.
 */
public record Caller(String username, String name, String unit, Set<String> roles, String clearance) {

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        unit = unit == null ? "" : unit;
        clearance = clearance == null ? "" : clearance;
        name = name == null ? username : name;
    }

    public static Caller from(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(GongwenClaims.ROLES);
        return new Caller(jwt.getSubject(), jwt.getClaimAsString(GongwenClaims.NAME),
                jwt.getClaimAsString(GongwenClaims.UNIT), roles == null ? Set.of() : Set.copyOf(roles),
                jwt.getClaimAsString(GongwenClaims.CLEARANCE));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
