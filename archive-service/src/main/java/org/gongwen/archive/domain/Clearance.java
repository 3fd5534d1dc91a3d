package org.gongwen.archive.domain;

/**
 * 密级 in ascending order: 非密 < 秘密 < 机密 < 绝密. Used both for a record's classification and for a
 * reader's clearance; unknown labels fail closed in each direction.
 */
public enum Clearance {

    UNCLASSIFIED(""),
    SECRET("秘密"),
    CONFIDENTIAL("机密"),
    TOP_SECRET("绝密");

    private final String label;

    Clearance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public int rank() {
        return ordinal();
    }

    /** A record marked with an unknown label is treated as 绝密: better hidden than leaked. */
    public static Clearance ofClassification(String label) {
        if (label == null || label.isBlank() || label.trim().equals("非密")) {
            return UNCLASSIFIED;
        }
        return find(label.trim(), TOP_SECRET);
    }

    /** A reader with an unknown clearance is treated as 非密: better refused than over-trusted. */
    public static Clearance ofReader(String label) {
        if (label == null || label.isBlank()) {
            return UNCLASSIFIED;
        }
        return find(label.trim(), UNCLASSIFIED);
    }

    public boolean covers(Clearance classification) {
        return rank() >= classification.rank();
    }

    private static Clearance find(String label, Clearance otherwise) {
        for (Clearance c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        return otherwise;
    }
}
