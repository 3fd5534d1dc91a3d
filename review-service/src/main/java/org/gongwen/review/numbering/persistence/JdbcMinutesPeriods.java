package org.gongwen.review.numbering.persistence;

import org.gongwen.review.numbering.domain.MinutesPeriods;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 纪要 期号 counter (V13): the same locked upsert as {@link JdbcIssueNumbers}, so gap-free per 代字 and year. */
@Repository
class JdbcMinutesPeriods implements MinutesPeriods {

    private final JdbcClient jdbc;

    JdbcMinutesPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int next(String agencyCode, int year) {
        return JdbcIssueNumbers.bump(jdbc, "minutes_period_counters", agencyCode, year);
    }
}
