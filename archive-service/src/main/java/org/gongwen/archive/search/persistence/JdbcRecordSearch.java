package org.gongwen.archive.search.persistence;

import static org.gongwen.archive.accession.persistence.RecordRows.COLUMNS;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongwen.archive.accession.persistence.RecordRows;
import org.gongwen.archive.search.application.RecordPage;
import org.gongwen.archive.search.application.RecordQuery;
import org.gongwen.archive.search.application.RecordSearch;
import org.gongwen.archive.search.domain.SearchTerms;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.Clearance;
import org.gongwen.archive.shared.domain.CorrectableField;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search over the archive's records ({@link RecordSearch}) on PostgreSQL: plans the SQL of a query from the
 * planner's estimates (walk the sort order, test row by row, count or trust the estimate) — every choice changes
 * the cost only, never the answer ({@code SearchAgainstNaiveScanIT}).
 */
class JdbcRecordSearch implements RecordSearch {

    /** Must be the expression archive_records.search_bigrams is generated from (V4 migration). */
    static final String SEARCH_TEXT = "archive_search_text(title, body, document_number, archive_no, content,"
            + " drafter_name, signer_name, trail)";

    private static final Map<RecordQuery.Sort, String> ORDER = Map.of(
            RecordQuery.Sort.NEWEST, "archived_at DESC, document_id DESC",
            RecordQuery.Sort.OLDEST, "archived_at, document_id",
            RecordQuery.Sort.DOCUMENT_DATE_DESC, "document_date DESC, document_id DESC",
            RecordQuery.Sort.DOCUMENT_DATE, "document_date, document_id",
            RecordQuery.Sort.ARCHIVE_NO, "archive_no");

    /**
     * How far above the cap the planner's estimate must be before it is trusted instead of a count: estimates of
     * single bigrams are within a few percent at 1M records, products of independent filters less so.
     */
    static final int ESTIMATE_TRUST = 10;

    /** Rows few enough to be fetched and tested one by one rather than intersected in the GIN index. */
    static final int FEW_ROWS = 20_000;

    /**
     * The plan choices {@link #search} makes itself. When a re-checked term is answered by walking the sort order
     * (see {@link #walkingTheSortOrder}): its rarest bigram must be expected in at least {@code walkFromRows} records
     * (fewer candidates are cheaper fetched and sorted); the rows the walk is expected to need for the page, times
     * {@code rowCost}, must be fewer than the candidates the general plan would fetch (a walked row is a random
     * index-ordered read, a bitmap's in page order), and within half of {@code max}; the walk then looks at up to
     * 3 × those rows, within [min, max]. A term is tested row by row on what a date range, drafter or signer leave
     * when those are fewer than {@link #FEW_ROWS} and {@code rowByRowRatio} × them fewer than the records holding
     * its rarest bigram (see {@link #termCheaperOnTheFilteredRows}).
     */
    record Tuning(double walkFromRows, double rowCost, long min, long max, double rowByRowRatio) {
        static final Tuning DEFAULT = new Tuning(2_000, 2, 2_000, 50_000, 10);

        long window(double expectedRows) {
            return (long) Math.min(max, Math.max(min, 3 * expectedRows));
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Tuning tuning;

    JdbcRecordSearch(JdbcClient jdbc, JsonMapper json) {
        this(jdbc, json, Tuning.DEFAULT);
    }

    JdbcRecordSearch(JdbcClient jdbc, JsonMapper json, Tuning tuning) {
        this.jdbc = jdbc;
        this.json = json;
        this.tuning = tuning;
    }

    @Override
    public RecordPage search(RecordQuery query, Clearance reader) {
        Map<String, String> corrected = query.retention() == null ? Map.of() : correctedRetention();
        SearchSql sql = SearchSql.of(query, reader, corrected);
        Estimates estimates = new Estimates(sql);
        if (termCheaperOnTheFilteredRows(query, estimates)) {
            sql = SearchSql.of(query, reader, corrected, false);
        }
        Map<String, Object> params = new LinkedHashMap<>(sql.params());
        params.put("limit", query.size());
        params.put("offset", query.offset());
        params.put("cap", RecordPage.TOTAL_CAP + 1);
        Optional<RecordPage> walked = walkingTheSortOrder(query, sql, params, estimates);
        if (walked.isPresent()) {
            return walked.get();
        }
        String matches = "SELECT 1 FROM archive_records WHERE " + sql.where();
        double estimate = estimatedRows("SELECT 1 FROM archive_records WHERE " + sql.estimable(), params);
        String order = ORDER.get(query.sort());
        if (estimate > ESTIMATE_TRUST * RecordPage.TOTAL_CAP) {
            // so many expected that counting is not worth it (README "Counting"); the planner may walk the order
            List<ArchiveRecord> items = jdbc.sql("SELECT " + COLUMNS + " FROM archive_records WHERE " + sql.where()
                    + " ORDER BY " + order + " LIMIT :limit OFFSET :offset").params(params).query(this::map).list();
            return page(query, items, total(matches, sql.params(), query, items.size(), estimate));
        }
        // few enough to be all read and sorted for the page anyway: one pass yields the page and the exact count.
        // Only ids and sort keys go through the sort; the page's whole rows are fetched by key afterwards
        long[] counted = {-1};
        List<ArchiveRecord> items = jdbc.sql("SELECT " + COLUMNS + ", page.matches FROM archive_records JOIN"
                        + " (SELECT document_id, count(*) OVER () AS matches FROM archive_records WHERE " + sql.where()
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset) page USING (document_id) ORDER BY " + order)
                .params(params).query((rs, n) -> {
                    counted[0] = rs.getLong("matches");
                    return map(rs, n);
                }).list();
        long total = counted[0] >= 0 ? counted[0] : total(matches, sql.params(), query, items.size(), estimate);
        return page(query, items, total);
    }

    private static RecordPage page(RecordQuery query, List<ArchiveRecord> items, long total) {
        boolean capped = total > RecordPage.TOTAL_CAP;
        return new RecordPage(items, query.page(), query.size(), capped ? RecordPage.TOTAL_CAP : total, capped,
                Map.of());
    }

    /**
     * A term of several bigrams (re-checked as a substring) whose rarest bigram is frequent, and whose filters leave
     * enough records that a page is expected within a short walk: the planner guesses the re-check at ~1 row and so
     * fetches and sorts every candidate (养老服务: 49 371 at 1M, 1.5 s). Instead the sort order's index is walked
     * over a bounded window of rows, every condition checked on each, until the page is full. Exact: every row
     * beyond the window sorts after every row in it (each order ends on a unique column). A window that does not fill
     * the page answers nothing and the general plan runs.
     *
     * <p>The count: the page's last match lay at position p of the walk, so about {@code needed / p} of the rows
     * match; extrapolated to the table (and bounded by the rarest bigram's estimate times the filters' share) above
     * {@link #ESTIMATE_TRUST} × the cap it is reported as capped (README "Counting"), otherwise counted up to cap + 1.
     */
    private Optional<RecordPage> walkingTheSortOrder(RecordQuery query, SearchSql sql, Map<String, Object> params,
                                                     Estimates estimates) {
        long needed = query.offset() + query.size();
        if (sql.walkableBigrams().isEmpty() || needed > RecordPage.TOTAL_CAP + 1) {
            return Optional.empty();
        }
        double rarest = estimates.rarest(sql.walkableBigrams());
        if (rarest < tuning.walkFromRows()) {
            return Optional.empty();
        }
        // the walk stays within the 年度 asked for: the order's dates follow the 年度 (a record is archived in or just
        // after its year), so a walk of the whole order would pass every later year first (V9's year-led indexes)
        String scope = query.year() == null ? "" : " WHERE year = :year";
        double records = Math.max(1, estimatedRows("SELECT 1 FROM archive_records", Map.of()));
        double universe = Math.max(1, estimatedRows("SELECT 1 FROM archive_records" + scope, params));
        // the fraction of the walked rows a match is expected in: the term's (at most its rarest bigram's) times
        // the filters' (independent of the term, as the planner assumes too)
        double filtered = estimates.filtered();
        double density = (rarest / records) * Math.min(1, filtered / universe);
        double expectedRows = needed / Math.max(density, 1e-9);
        double candidates = density * universe;
        if (expectedRows > tuning.max() / 2.0 || expectedRows * tuning.rowCost() > candidates) {
            return Optional.empty();
        }
        Map<String, Object> walking = new LinkedHashMap<>(params);
        walking.put("window", tuning.window(expectedRows));
        String order = ORDER.get(query.sort());
        long[] lastPosition = {0};
        List<ArchiveRecord> items = jdbc.sql("SELECT " + COLUMNS + ", walk_position FROM (SELECT archive_records.*,"
                        + " row_number() OVER (ORDER BY " + order + ") AS walk_position FROM archive_records" + scope
                        + " ORDER BY " + order + " LIMIT :window) walked WHERE " + sql.where() + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset")
                .params(walking).query((rs, n) -> {
                    lastPosition[0] = rs.getLong("walk_position");
                    return map(rs, n);
                }).list();
        if (items.size() < query.size()) {
            return Optional.empty();
        }
        double expected = Math.min(rarest * Math.min(1, filtered / records), needed * universe / lastPosition[0]);
        String matches = "SELECT 1 FROM archive_records WHERE " + sql.where();
        return Optional.of(page(query, items, total(matches, sql.params(), query, items.size(), expected)));
    }

    /**
     * Whether the term should rather be tested on each row the other conditions leave than looked up in the GIN
     * index: when a date range, the drafter or the signer leave fewer than {@link #FEW_ROWS} rows and fewer than a
     * tenth (by default) of the records holding the term's rarest bigram (the GIN scan of an AND skips through the longer lists,
     * so the rarest one sets its pace). Measured at 1M: a row fetched and tested costs ~4 µs, a GIN entry ~0.3–0.5
     * µs; 养老 + a quarter (9 665 rows against 144 381) 53 → 27 ms; 低保资金 + a drafter (20 033 rows against 低保's
     * 49 373) 25 ms by the index, 79 ms row by row.
     */
    private boolean termCheaperOnTheFilteredRows(RecordQuery query, Estimates estimates) {
        if (query.q() == null || (query.from() == null && query.to() == null && query.signer() == null
                && query.drafter() == null)) {
            return false;
        }
        Set<String> bigrams = SearchTerms.bigrams(query.q());
        if (bigrams.isEmpty()) {
            return false;
        }
        double filtered = estimates.filtered();
        return filtered < FEW_ROWS && tuning.rowByRowRatio() * filtered < estimates.rarest(bigrams);
    }

    /**
     * The planner's estimates one search decides by, each asked once (an EXPLAIN costs about a millisecond, and
     * the row-by-row choice and the walk both need the filters' and the bigrams'). The filters' conditions and
     * parameters are the same in both shapes of {@link SearchSql}.
     */
    private final class Estimates {
        private final String filters;
        private final Map<String, Object> params;
        private final Map<String, Double> rowsHolding = new HashMap<>();
        private Double filtered;

        Estimates(SearchSql sql) {
            this.filters = sql.filters();
            this.params = sql.params();
        }

        /** The records the filters and the clearance leave, the term aside. */
        double filtered() {
            if (filtered == null) {
                filtered = estimatedRows("SELECT 1 FROM archive_records WHERE " + filters, params);
            }
            return filtered;
        }

        /** The records holding the rarest of these bigrams (GIN statistics: within 2 % at 1M). */
        double rarest(Collection<String> bigrams) {
            return bigrams.stream().mapToDouble(bigram -> rowsHolding.computeIfAbsent(bigram, b -> estimatedRows(
                            "SELECT 1 FROM archive_records WHERE search_bigrams @@ CAST(:bigram AS tsquery)",
                            Map.of("bigram", SearchSql.quote(b)))))
                    .min().orElse(Double.MAX_VALUE);
        }
    }

    /** The effective 保管期限 of every record whose retention was corrected: its latest correction. */
    private Map<String, String> correctedRetention() {
        Map<String, String> corrected = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT ON (document_id) document_id, new_value FROM archive_corrections"
                        + " WHERE field = :field ORDER BY document_id, corrected_at DESC, id DESC")
                .param("field", CorrectableField.RETENTION.wireName())
                .query((rs, n) -> corrected.put(rs.getString("document_id"), rs.getString("new_value"))).list();
        return corrected;
    }

    /**
     * The number of matches, exact up to the cap; anything above the cap means "more than the cap". Cheapest first:
     * a first page that is not full is its own count; a condition the planner expects to match more than
     * {@link #ESTIMATE_TRUST} × the cap is not counted at all (counting the first 1 001 of 50 000 matches of a
     * frequent bigram still reads the term's whole posting list and ~1 000 heap pages: 43 ms of a 52 ms search at
     * 1M records); only the rest is counted, and stops at cap + 1.
     */
    private long total(String matches, Map<String, Object> params, RecordQuery query, int pageItems,
                       double estimate) {
        if (query.offset() == 0 && pageItems < query.size()) {
            return pageItems;
        }
        // an empty page beyond the end proves nothing about the rows before it (found by SearchAgainstNaiveScanIT:
        // page 12 of a term with 3 matches was reported as "more than 1 000")
        if (pageItems > 0 && query.offset() + pageItems > RecordPage.TOTAL_CAP) {
            return query.offset() + pageItems;
        }
        if (estimate > ESTIMATE_TRUST * RecordPage.TOTAL_CAP) {
            return RecordPage.TOTAL_CAP + 1L;
        }
        Map<String, Object> counting = new LinkedHashMap<>(params);
        counting.put("cap", RecordPage.TOTAL_CAP + 1);
        return jdbc.sql("SELECT count(*) FROM (" + matches + " LIMIT :cap) matches").params(counting)
                .query(Long.class).single();
    }

    /** The planner's row estimate (planning only, no execution); GIN statistics keep it close for frequent terms. */
    private double estimatedRows(String select, Map<String, Object> params) {
        String plan = jdbc.sql("EXPLAIN (FORMAT JSON) " + select).params(params).query(String.class).single();
        return json.readTree(plan).get(0).get("Plan").get("Plan Rows").asDouble();
    }


    /** The search term is literal text: '%', '_' and the escape character itself lose their LIKE meaning. */
    static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private ArchiveRecord map(ResultSet rs, int row) throws SQLException {
        return RecordRows.map(rs, json);
    }
}
