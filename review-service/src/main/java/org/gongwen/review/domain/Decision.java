package org.gongwen.review.domain;

import java.util.Optional;

/** What a reviewer decides on their step: 同意 (APPROVE), 退回修改 (RETURN) or 不予发文 (REJECT). */
public enum Decision {
    APPROVE, RETURN, REJECT;

    public static Optional<Decision> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Decision d : values()) {
            if (d.name().equals(value.trim())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** RETURN and REJECT tell the drafter why; an approval may stand without words. */
    public boolean needsOpinion() {
        return this != APPROVE;
    }
}
