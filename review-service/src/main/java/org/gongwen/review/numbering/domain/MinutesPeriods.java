package org.gongwen.review.numbering.domain;

/**
 * Hands out the next 期号 of the 纪要 of an 代字 and year (the N of 第N期, GB/T 9704 §10.3); gap-free as long as the
 * caller's transaction commits, like {@link IssueNumbers}.
 */
@FunctionalInterface
public interface MinutesPeriods {

    int next(String agencyCode, int year);

    /** Only a 纪要 has a 期号 (reference.md §1.3 row 15: 纪要格式); every other 文种 is numbered by its 文号 alone. */
    static boolean numbered(String docType) {
        return "纪要".equals(docType);
    }

    /** 第N期, as the head prints it. */
    static String format(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("期号 starts at 1, got " + period);
        }
        return "第" + period + "期";
    }
}
