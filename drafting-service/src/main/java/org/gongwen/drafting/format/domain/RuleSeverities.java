package org.gongwen.drafting.format.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gongwen.kernel.Severity;

/**
 * An organisation's 实施细则 on top of GB/T 9704: which rules block submission (ERROR), which only warn
 * (WARNING) and which it does not apply at all (OFF), by rule key. Rules not named keep their default.
 */
public final class RuleSeverities {

    private final Map<String, Optional<Severity>> overrides;

    private RuleSeverities(Map<String, Optional<Severity>> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public static RuleSeverities defaults() {
        return new RuleSeverities(Map.of());
    }

    /**
     * From configuration text: key → ERROR | WARNING | OFF (any case).
     *
     * @throws IllegalArgumentException on an unknown level, so that a typo fails at start-up, not silently
     */
    public static RuleSeverities of(Map<String, String> configured) {
        Map<String, Optional<Severity>> parsed = new HashMap<>();
        configured.forEach((key, level) -> parsed.put(key, parse(key, level)));
        return new RuleSeverities(parsed);
    }

    /** The severity the organisation wants for this rule, or empty when it switched the rule off. */
    public Optional<Severity> of(FormatRule rule) {
        Optional<Severity> set = overrides.get(rule.key());
        return set != null ? set : Optional.of(rule.defaultSeverity());
    }

    public java.util.Set<String> keys() {
        return overrides.keySet();
    }

    private static Optional<Severity> parse(String key, String level) {
        String l = level == null ? "" : level.strip().toUpperCase(Locale.ROOT);
        return switch (l) {
            case "ERROR" -> Optional.of(Severity.ERROR);
            case "WARNING", "WARN" -> Optional.of(Severity.WARNING);
            case "OFF" -> Optional.empty();
            default -> throw new IllegalArgumentException(
                    "severity of format rule " + key + " must be ERROR, WARNING or OFF, not '" + level + "'");
        };
    }
}
