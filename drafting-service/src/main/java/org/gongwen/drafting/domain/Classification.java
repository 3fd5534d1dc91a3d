package org.gongwen.drafting.domain;

import java.util.Optional;

/** 密级 in ascending order (非密 < 秘密 < 机密 < 绝密) with the longest 保密期限 the secrecy law allows (GB-SEC-3). */
public enum Classification {
    非密(0), 秘密(10), 机密(20), 绝密(30);

    private final int maxPeriodYears;

    Classification(int maxPeriodYears) {
        this.maxPeriodYears = maxPeriodYears;
    }

    public int maxPeriodYears() {
        return maxPeriodYears;
    }

    /** A draft's classification: absent means 非密; 非密 itself is not a value a draft carries. */
    public static Optional<Classification> ofMarking(String marking) {
        if (marking == null) {
            return Optional.of(非密);
        }
        return switch (marking) {
            case "秘密" -> Optional.of(秘密);
            case "机密" -> Optional.of(机密);
            case "绝密" -> Optional.of(绝密);
            default -> Optional.empty();
        };
    }

    /** A clearance claim; anything unknown counts as no clearance at all. */
    public static Classification ofClearance(String clearance) {
        return clearance == null || clearance.isBlank() ? 非密 : ofMarking(clearance).orElse(非密);
    }

    public boolean coveredBy(Classification clearance) {
        return clearance.ordinal() >= ordinal();
    }
}
