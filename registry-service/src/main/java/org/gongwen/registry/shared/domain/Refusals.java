package org.gongwen.registry.shared.domain;

import java.util.List;

import org.gongwen.kernel.Refusal;

/**
 * Refusals that name the rule they enforce (registry-service/README.md), so that a 403 or 409 tells the caller which
 * rule said no, as a 422 does.
 */
public final class Refusals {

    private Refusals() {
    }

    public static Refusal forbidden(String code, String zh, String en, String rule) {
        return new Refusal(Refusal.Kind.FORBIDDEN, code, zh, en, rule, List.of());
    }

    public static Refusal conflict(String code, String zh, String en, String rule) {
        return new Refusal(Refusal.Kind.CONFLICT, code, zh, en, rule, List.of());
    }
}
