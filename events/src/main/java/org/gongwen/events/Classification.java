package org.gongwen.events;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 密级, ordered 非密 &lt; 秘密 &lt; 机密 &lt; 绝密: one value for a document's marking and for a person's clearance,
 * shared by drafting, review and archive so that the order is written once.
 *
 * <p>GB-SEC-1 (reference.md §2.2): a document's 密级 is exactly one of 绝密, 机密, 秘密; absent (null, blank or the
 * word 非密) is the unclassified level. Labels such as 内部, 保密 or 机要 are not 密级 values. Unknown labels fail
 * closed in both directions:
 * <ul>
 *   <li>a document marking that is not a 密级 is refused where it is entered ({@link #ofMarking} is empty) and,
 *       where a stored record must be judged, treated as 绝密 ({@link #ofDocument}): better hidden than leaked;</li>
 *   <li>a person's clearance that is not a 密级 is no clearance at all, i.e. 非密 ({@link #ofClearance}):
 *       better refused than over-trusted.</li>
 * </ul>
 * GB-SEC-3: each level has the longest 保密期限 the secrecy law allows when none is given (30/20/10 years).
 */
public enum Classification {

    非密(null, 0),
    秘密("秘密", 10),
    机密("机密", 20),
    绝密("绝密", 30);

    private final String label;
    private final int maxPeriodYears;

    Classification(String label, int maxPeriodYears) {
        this.label = label;
        this.maxPeriodYears = maxPeriodYears;
    }

    /** The marking as it travels in events and the API: 绝密, 机密, 秘密, or null for 非密 (absent). */
    public String label() {
        return label;
    }

    /** The rank, 0 for 非密 up to 3 for 绝密. */
    public int rank() {
        return ordinal();
    }

    /** GB-SEC-3: the longest 保密期限 in years (0 for 非密, which has none). */
    public int maxPeriodYears() {
        return maxPeriodYears;
    }

    /** Whether this is a 密级 at all (涉密). */
    public boolean classified() {
        return this != 非密;
    }

    /**
     * GB-SEC-1, a document marking as entered: null, blank or 非密 → 非密; 秘密/机密/绝密 → that level (surrounding
     * blanks ignored); anything else is not a 密级 value → empty, to be refused by the caller.
     */
    public static Optional<Classification> ofMarking(String marking) {
        if (marking == null || marking.isBlank()) {
            return Optional.of(非密);
        }
        String m = marking.strip();
        return Arrays.stream(values()).filter(c -> m.equals(c.name())).findFirst();
    }

    /** A stored document's marking judged for access: unknown labels are treated as 绝密 (fail closed). */
    public static Classification ofDocument(String marking) {
        return ofMarking(marking).orElse(绝密);
    }

    /** A person's clearance (token claim or organisation record): unknown or absent → 非密, no clearance (fail closed). */
    public static Classification ofClearance(String clearance) {
        return ofMarking(clearance).orElse(非密);
    }

    /** Whether a person with this clearance may know a document of {@code classification}. */
    public boolean covers(Classification classification) {
        return rank() >= classification.rank();
    }

    /** Whether this document level is within {@code clearance}. */
    public boolean coveredBy(Classification clearance) {
        return clearance.covers(this);
    }

    /** Whether a person of clearance {@code clearance} may know a document marked {@code marking} (both fail closed). */
    public static boolean clears(String clearance, String marking) {
        return ofClearance(clearance).covers(ofDocument(marking));
    }

    /**
     * The document markings this clearance covers, as stored: 非密 ({@code "非密"}), then each covered label, lowest
     * first. For a query that must leave out what a reader may not see: a stored label not in the list (unknown, or
     * above) is left out.
     */
    public List<String> coveredMarkings() {
        return Arrays.stream(values()).filter(this::covers).map(Classification::name).toList();
    }
}
