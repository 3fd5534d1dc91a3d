package org.gongwen.archive.application;

import java.time.LocalDate;

/**
 * Filters of the archive list. {@code q} is a plain substring (wildcards have no special meaning); {@code from}
 * and {@code to} bound the 成文日期, both inclusive; {@code page} counts from 0.
 */
public record RecordQuery(String q, String docType, String unit, Integer year, LocalDate from, LocalDate to,
                          int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public RecordQuery {
        q = blankToNull(q);
        docType = blankToNull(docType);
        unit = blankToNull(unit);
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page >= 0 and 1 <= size <= " + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
