package org.gongwen.review.numbering.persistence;

import org.gongwen.review.numbering.domain.IssueNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counter row stays locked by the upsert until the 签发 transaction ends: concurrent signers queue on it,
 * and a rolled-back 签发 gives its number back, so numbers are unique and without gaps.
 */
@Repository
class JdbcIssueNumbers implements IssueNumbers {

    private final JdbcClient jdbc;

    JdbcIssueNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int next(String agencyCode, int year) {
        return bump(jdbc, "document_number_counters", agencyCode, year);
    }

    /** The next number of a per-代字-and-year counter table (a constant name, never input), its row left locked. */
    static int bump(JdbcClient jdbc, String table, String agencyCode, int year) {
        return jdbc.sql("INSERT INTO " + table + " (agency_code, year, last_number) VALUES (:code, :year, 1)"
                        + " ON CONFLICT (agency_code, year) DO UPDATE SET last_number = " + table + ".last_number + 1"
                        + " RETURNING last_number")
                .param("code", agencyCode)
                .param("year", year)
                .query(Integer.class)
                .single();
    }
}
