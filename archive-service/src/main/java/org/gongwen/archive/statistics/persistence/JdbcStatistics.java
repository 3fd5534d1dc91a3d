package org.gongwen.archive.statistics.persistence;

import java.util.List;
import java.util.Map;

import org.gongwen.archive.shared.domain.Clearance;
import org.gongwen.archive.statistics.application.Statistics;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Statistics in SQL: grouping and percentiles where the data is. Records above the clearance are not counted. */
class JdbcStatistics implements Statistics {

    private final JdbcClient jdbc;

    JdbcStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Report report(Clearance reader, Integer year, long[] limits) {
        String where = "classification_rank <= :rank" + (year == null ? "" : " AND year = :year");
        Map<String, Object> params = year == null ? Map.of("rank", reader.rank())
                : Map.of("rank", reader.rank(), "year", year);
        long records = jdbc.sql("SELECT count(*) FROM archive_records WHERE " + where).params(params)
                .query(Long.class).single();
        List<StepTime> steps = jdbc.sql("""
                        SELECT level, role, count(*) AS steps,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) AS median,
                               percentile_cont(0.9) WITHIN GROUP (ORDER BY secs) AS p90,
                               count(*) FILTER (WHERE secs > CASE urgency WHEN '特急' THEN :urgent
                                                                          WHEN '加急' THEN :expedited
                                                                          ELSE :normal END) AS overdue
                        FROM (SELECT (t.e ->> 'level')::int AS level, t.e ->> 'role' AS role,
                                     r.content ->> 'urgency' AS urgency,
                                     extract(epoch FROM (t.e ->> 'at')::timestamptz
                                         - lag((t.e ->> 'at')::timestamptz) OVER (PARTITION BY r.document_id
                                                                                  ORDER BY t.ord)) AS secs
                              FROM archive_records r, jsonb_array_elements(r.trail) WITH ORDINALITY AS t(e, ord)
                              WHERE r.classification_rank <= :rank""" + (year == null ? "" : " AND r.year = :year") + """
                             ) s
                        WHERE level IS NOT NULL AND secs IS NOT NULL
                        GROUP BY level, role ORDER BY level, role""")
                .params(params).param("urgent", limits[0]).param("expedited", limits[1]).param("normal", limits[2])
                .query((rs, n) -> new StepTime(rs.getInt("level"), rs.getString("role"), rs.getLong("steps"),
                        rs.getDouble("median"), rs.getDouble("p90"), rs.getLong("overdue")))
                .list();
        return new Report(year, records, counts("unit", where, params), counts("doc_type", where, params),
                counts("to_char(document_date, 'YYYY-MM')", where, params), steps);
    }

    private List<Count> counts(String key, String where, Map<String, Object> params) {
        return jdbc.sql("SELECT " + key + " AS k, count(*) AS c FROM archive_records WHERE " + where
                        + " GROUP BY 1 ORDER BY 1")
                .params(params).query((rs, n) -> new Count(rs.getString("k"), rs.getLong("c"))).list();
    }
}
