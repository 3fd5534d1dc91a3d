package org.gongwen.review.decision.domain;

import java.util.Map;

/**
 * The order of the reviewing ranks (逐级负责: 科员 → 分管主任 → 主任 → 局长). Who may take a step in someone's place
 * (委派/转办, REVIEW-DELEGATE-1) or be added into a chain (加签, REVIEW-ADHOC-4) is judged by it; a role outside it
 * (审计/档案, ADMIN) ranks below every reviewer.
 */
public final class Ranks {

    private static final Map<String, Integer> RANK = Map.of("CLERK", 1, "DEPUTY_DIRECTOR", 2, "DIRECTOR", 3,
            "CHIEF", 4);

    private Ranks() {
    }

    public static int of(String role) {
        return RANK.getOrDefault(role, 0);
    }
}
