package org.gongwen.archive.search.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gongwen.archive.search.application.RecordQuery;
import org.gongwen.archive.search.domain.SearchTerms;
import org.gongwen.archive.shared.domain.Clearance;

/**
 * The WHERE clause of a record search and its parameters. Two shapes:
 * <ul>
 *   <li>a term with a filter on 文种, unit, 年度, 保管期限 or 密级: one tsquery over the V8 expression index, holding the
 *       term's bigrams and the filters as lexemes ({@code ~t ~u ~y ~r ~c}) — one GIN scan intersects them all, rows
 *       failing a filter are never read;</li>
 *   <li>otherwise: the term on {@code search_bigrams} (V4), filters and clearance as column conditions, so that a
 *       frequent term can be paged by walking the sort order's index and stopping after one page, and filters
 *       alone use their btree indexes (as lexemes alone they were slower: p95 1.6 s for unit + year at 1M).</li>
 * </ul>
 * Either way the clearance is the plain condition {@code classification_rank <= :rank}. A query of 2+ bigrams is
 * re-checked as a substring (bigrams have no positions).
 *
 * <p>{@code walkableBigrams}: the bigrams of a re-checked term — such a search may be answered by walking the sort
 * order (JdbcRecordSearch's walk); empty otherwise. {@code filters}: the filters and the clearance alone, as column
 * conditions (the class's retention), for the planner to estimate what fraction of the records they leave.
 *
 * <p>{@code estimable} is {@code where} without that re-check: the planner guesses a LIKE over a computed text at a
 * tiny fraction (1 row for 养老服务, which matches 49 000 of 1M records), so decisions on counting are taken on the
 * indexed conditions alone, which over- rather than under-estimate.
 */
record SearchSql(String where, String estimable, Map<String, Object> params, List<String> walkableBigrams,
                 String filters) {

    /** Must be the expression of the V8 index archive_records_search_filtered. */
    static final String FILTERED_VECTOR = "(search_bigrams || archive_filter_lexemes(doc_type, unit, year, retention,"
            + " classification_rank))";

    static SearchSql of(RecordQuery query, Clearance reader) {
        return of(query, reader, Map.of());
    }

    /**
     * @param correctedRetention the effective 保管期限 code of every record whose retention was corrected (the
     *                           latest correction wins); consulted only when the query filters on retention, so that
     *                           the filter sees the corrected value, not the 档号 class's
     */
    static SearchSql of(RecordQuery query, Clearance reader, Map<String, String> correctedRetention) {
        return of(query, reader, correctedRetention, true);
    }

    /**
     * @param termByIndex false when the conditions outside the lexemes (a date range, the drafter, the signer) leave
     *                    so few rows that testing the term on each of them is cheaper than the GIN scan of a frequent
     *                    term (养老 + one quarter at 1M: the GIN scan alone 41 ms for 144 381 rows, against 9 665 rows
     *                    in the quarter); the term is then written so that no index can serve it
     */
    static SearchSql of(RecordQuery query, Clearance reader, Map<String, String> correctedRetention,
                        boolean termByIndex) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("classification_rank <= :rank");
        params.put("rank", reader.rank());
        List<String> lexemes = new ArrayList<>();
        lexeme(lexemes, "~t", query.docType());
        lexeme(lexemes, "~u", query.unit());
        lexeme(lexemes, "~y", query.year());
        lexeme(lexemes, "~r", query.retention() == null ? null : query.retention().code());
        lexeme(lexemes, "~c", query.classification() == null ? null : query.classification().rank());
        Set<String> bigrams = query.q() == null ? Set.of() : SearchTerms.bigrams(query.q());
        List<String> terms = new ArrayList<>(bigrams.stream().map(SearchSql::quote).toList());
        if (termByIndex && !lexemes.isEmpty() && !bigrams.isEmpty()) {
            // the clearance is not a lexeme: negated ones cost the GIN scan ~30 % (13.8 vs 10.3 ms at 1M) to spare
            // the heap a few classified rows, which classification_rank <= :rank drops anyway
            terms.addAll(lexemes.stream().map(SearchSql::quote).toList());
            String byClass = FILTERED_VECTOR + " @@ CAST(:tsquery AS tsquery)";
            params.put("tsquery", String.join(" & ", terms));
            String retentionLexeme = query.retention() == null ? null : quote("~r" + query.retention().code());
            if (retentionLexeme != null && !correctedRetention.isEmpty()) {
                params.put("tsqueryAnyRetention", String.join(" & ",
                        terms.stream().filter(t -> !t.equals(retentionLexeme)).toList()));
            }
            where.append(" AND ").append(correctedRetention(query, correctedRetention, params, byClass,
                    FILTERED_VECTOR + " @@ CAST(:tsqueryAnyRetention AS tsquery)"));
        } else {
            // no term: the filters alone are columns with btree indexes (V1, V6), which also give the sort order a
            // chance; a term alone stays on the bigram column
            condition(where, params, "doc_type = :docType", "docType", query.docType());
            condition(where, params, "unit = :unit", "unit", query.unit());
            condition(where, params, "year = :year", "year", query.year());
            if (query.retention() != null) {
                params.put("retention", query.retention().code());
                where.append(" AND ").append(correctedRetention(query, correctedRetention, params,
                        "retention = :retention", "TRUE"));
            }
            condition(where, params, "classification_rank = :classification", "classification",
                    query.classification() == null ? null : query.classification().rank());
            if (!bigrams.isEmpty()) {
                // IS TRUE: the same rows, but no index matches the expression
                where.append(termByIndex ? " AND search_bigrams @@ CAST(:tsquery AS tsquery)"
                        : " AND (search_bigrams @@ CAST(:tsquery AS tsquery)) IS TRUE");
                params.put("tsquery", String.join(" & ", terms));
            }
        }
        String indexed = where.toString();
        List<String> walkable = List.of();
        if (query.q() != null) {
            String term = query.q().toLowerCase(Locale.ROOT);
            // a query that is one bigram matches exactly the texts holding it: no re-check needed
            if (!(bigrams.size() == 1 && bigrams.contains(term))) {
                walkable = List.copyOf(bigrams);
                // title and body first: most matches are there, and the whole searchable text (JSON paths over
                // the trail and recipients) is computed only for rows where they fail. Same answer: both are part
                // of that text, lower-cased alike
                where.append(" AND (lower(title) LIKE :like ESCAPE '\\' OR lower(body) LIKE :like ESCAPE '\\' OR ")
                        .append(JdbcRecordSearch.SEARCH_TEXT).append(" LIKE :like ESCAPE '\\')");
                params.put("like", "%" + JdbcRecordSearch.escapeLike(term) + "%");
            }
        }
        StringBuilder rest = new StringBuilder();
        condition(rest, params, "document_date >= :from", "from", query.from());
        condition(rest, params, "document_date <= :to", "to", query.to());
        condition(rest, params, "signer_username = :signer", "signer", query.signer());
        condition(rest, params, "drafter_username = :drafter", "drafter", query.drafter());
        // most records are issued documents: the kind narrows little, so it is a plain condition, tested on the rows
        // the other conditions leave (no index of its own)
        condition(rest, params, "kind = :kind", "kind", query.kind() == null ? null : query.kind().name());
        StringBuilder filters = new StringBuilder("classification_rank <= :rank");
        condition(filters, params, "doc_type = :docType", "docType", query.docType());
        condition(filters, params, "unit = :unit", "unit", query.unit());
        condition(filters, params, "year = :year", "year", query.year());
        condition(filters, params, "retention = :retention", "retention",
                query.retention() == null ? null : query.retention().code());
        condition(filters, params, "classification_rank = :classification", "classification",
                query.classification() == null ? null : query.classification().rank());
        return new SearchSql(where + rest.toString(), indexed + rest, params, walkable, filters + rest.toString());
    }

    /**
     * The retention filter as the records' class has it ({@code byClass}), corrected: a record whose retention was
     * corrected matches by its effective value only. Without corrections (the usual case) it is {@code byClass}
     * unchanged, so the indexes serve it as before; otherwise an OR of "by class and not corrected" and "corrected
     * to the wanted value", both answerable from an index (GIN or btree, and the primary key).
     */
    private static String correctedRetention(RecordQuery query, Map<String, String> correctedRetention,
                                             Map<String, Object> params, String byClass, String otherwiseMatching) {
        if (correctedRetention.isEmpty()) {
            return byClass;
        }
        String wanted = query.retention().code();
        List<String> correctedToWanted = correctedRetention.entrySet().stream()
                .filter(e -> e.getValue().equals(wanted)).map(Map.Entry::getKey).sorted().toList();
        params.put("retentionCorrected", correctedRetention.keySet().stream().sorted().toList());
        String kept = "(" + byClass + " AND document_id NOT IN (:retentionCorrected))";
        if (correctedToWanted.isEmpty()) {
            return kept;
        }
        params.put("retentionCorrectedToWanted", correctedToWanted);
        return "(" + kept + " OR (document_id IN (:retentionCorrectedToWanted) AND " + otherwiseMatching + "))";
    }

    private static void lexeme(List<String> lexemes, String prefix, Object value) {
        if (value != null) {
            lexemes.add(prefix + value);
        }
    }

    /** A literal tsquery lexeme: quotes doubled, backslashes escaped. */
    static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String sql, String name,
                                  Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            params.put(name, value);
        }
    }
}
