package org.gongwen.archive.shared.domain;

import org.gongwen.events.Classification;

/**
 * The archive's names for the shared 密级 order ({@link Classification}: 非密 &lt; 秘密 &lt; 机密 &lt; 绝密), kept because
 * the stored {@code classification_rank} and the search SQL use them. Parsing and comparing are the shared value's:
 * a record's unknown label is 绝密, a reader's unknown clearance is 非密 — fail closed in each direction.
 */
public enum Clearance {

    UNCLASSIFIED(Classification.非密),
    SECRET(Classification.秘密),
    CONFIDENTIAL(Classification.机密),
    TOP_SECRET(Classification.绝密);

    private final Classification level;

    Clearance(Classification level) {
        this.level = level;
    }

    /** The shared value. */
    public Classification level() {
        return level;
    }

    /** The marking as stored: 秘密/机密/绝密, or empty for 非密. */
    public String label() {
        return level.label() == null ? "" : level.label();
    }

    public int rank() {
        return level.rank();
    }

    public static Clearance of(Classification level) {
        return values()[level.rank()];
    }

    /** A record marked with an unknown label is treated as 绝密: better hidden than leaked. */
    public static Clearance ofClassification(String label) {
        return of(Classification.ofDocument(label));
    }

    /** A reader with an unknown clearance is treated as 非密: better refused than over-trusted. */
    public static Clearance ofReader(String label) {
        return of(Classification.ofClearance(label));
    }

    public boolean covers(Clearance classification) {
        return level.covers(classification.level);
    }
}
