package org.gongwen.archive.shared.domain;

import java.util.Set;

/** Who may consult the archive: 档案/审计 staff and the 局长. What they see is bounded by their clearance. */
public final class ArchiveAccess {

    public static final Set<String> CONSULTING_ROLES = Set.of("AUDITOR", "CHIEF");

    private ArchiveAccess() {
    }

    public static boolean mayConsult(Set<String> roles) {
        return roles.stream().anyMatch(CONSULTING_ROLES::contains);
    }
}
