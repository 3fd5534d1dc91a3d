package org.gongwen.archive.search.application;

import java.time.LocalDate;

import org.gongwen.archive.shared.domain.Clearance;
import org.gongwen.archive.shared.domain.RecordKind;
import org.gongwen.archive.shared.domain.Retention;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the archive list. {@code q} is a plain substring (wildcards have no special meaning) of title, body,
 * 文号, 档号, 主送/抄送 or people; {@code from} and {@code to} bound the 成文日期, both inclusive; {@code page} counts
 * from 0. {@code classification} filters on one 密级 (never widens what the reader's clearance allows). {@code kind}:
 * one kind of record — issued documents, 收文 or 交办事项 (issue 17) —, all kinds when null.
 */
public record RecordQuery(@Nullable String q, @Nullable String docType, @Nullable String unit, @Nullable Integer year,
                          @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Retention retention,
                          @Nullable Clearance classification, @Nullable String signer, @Nullable String drafter,
                          @Nullable RecordKind kind, Sort sort, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Orders of the list; newest archived first by default (contract §2). */
    public enum Sort {
        NEWEST("-archivedAt"), OLDEST("archivedAt"), DOCUMENT_DATE_DESC("-documentDate"),
        DOCUMENT_DATE("documentDate"), ARCHIVE_NO("archiveNo");

        private final String wireName;

        Sort(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public RecordQuery {
        q = blankToNull(q);
        docType = blankToNull(docType);
        unit = blankToNull(unit);
        signer = blankToNull(signer);
        drafter = blankToNull(drafter);
        sort = sort == null ? Sort.NEWEST : sort;
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page >= 0 and 1 <= size <= " + MAX_SIZE);
        }
    }

    /** Every filter but the kind: records of all kinds. */
    public RecordQuery(String q, String docType, String unit, Integer year, LocalDate from, LocalDate to,
                       Retention retention, Clearance classification, String signer, String drafter, Sort sort,
                       int page, int size) {
        this(q, docType, unit, year, from, to, retention, classification, signer, drafter, null, sort, page, size);
    }

    /** The original filters (contract v1), kept for callers that know no others. */
    public RecordQuery(String q, String docType, String unit, Integer year, LocalDate from, LocalDate to, int page,
                       int size) {
        this(q, docType, unit, year, from, to, null, null, null, null, null, Sort.NEWEST, page, size);
    }

    public long offset() {
        return (long) page * size;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
