package org.gongwen.archive.search.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongwen.archive.search.application.RecordQuery;
import org.gongwen.archive.shared.domain.Clearance;
import org.gongwen.archive.shared.domain.Retention;
import org.junit.jupiter.api.Test;

/** The two shapes of a search's WHERE clause (README "Search"): filters in the index, or the term alone. */
class SearchSqlTest {

    static RecordQuery query(String q, String docType, String unit, Integer year, Retention retention,
                             Clearance classification) {
        return new RecordQuery(q, docType, unit, year, null, null, retention, classification, null, null,
                RecordQuery.Sort.NEWEST, 0, 20);
    }

    @Test
    void filtersBecomeLexemesBesideTheTermAndTheClearanceStaysAColumnCondition() {
        SearchSql sql = SearchSql.of(query("养老", "请示", "YLFW", 2019, Retention.PERMANENT, null), Clearance.SECRET);
        assertThat(sql.where()).contains(SearchSql.FILTERED_VECTOR + " @@", "classification_rank <= :rank")
                .doesNotContain("doc_type =", "unit =", "LIKE");
        assertThat(sql.params().get("tsquery"))
                .isEqualTo("'养老' & '~t请示' & '~uYLFW' & '~y2019' & '~rY'");
    }

    @Test
    void aTermAloneStaysOnTheBigramColumnAndIsReCheckedTitleAndBodyFirst() {
        assertThat(SearchSql.of(query("养老", null, "BGS", null, null, null), Clearance.TOP_SECRET).params()
                .get("tsquery")).isEqualTo("'养老' & '~uBGS'");
        SearchSql filtersAlone = SearchSql.of(query(null, "请示", "BGS", null, null, null), Clearance.SECRET);
        assertThat(filtersAlone.where()).contains("doc_type = :docType", "unit = :unit")
                .doesNotContain("@@");
        SearchSql term = SearchSql.of(query("养老服务", null, null, null, null, null), Clearance.UNCLASSIFIED);
        assertThat(term.where()).contains("search_bigrams @@", "lower(title) LIKE :like", "lower(body) LIKE :like",
                JdbcRecordSearch.SEARCH_TEXT + " LIKE :like").doesNotContain("archive_filter_lexemes");
        assertThat(term.params().get("tsquery")).isEqualTo("'养老' & '老服' & '服务'");
    }

    @Test
    void quotesInFilterValuesStayLiteral() {
        assertThat(SearchSql.of(query("公文", "函'x", null, null, null, null), Clearance.TOP_SECRET).params()
                .get("tsquery")).isEqualTo("'公文' & '~t函''x'");
    }

    @Test
    void aCorrectedRetentionReplacesTheClassRetentionInBothShapes() {
        java.util.Map<String, String> corrected = java.util.Map.of("moved-to-y", "Y", "moved-away", "D10");
        SearchSql term = SearchSql.of(query("养老", null, "BGS", null, Retention.PERMANENT, null), Clearance.SECRET,
                corrected);
        assertThat(term.where()).contains("document_id NOT IN (:retentionCorrected)",
                "document_id IN (:retentionCorrectedToWanted) AND " + SearchSql.FILTERED_VECTOR
                        + " @@ CAST(:tsqueryAnyRetention AS tsquery)");
        assertThat(term.params().get("tsqueryAnyRetention")).isEqualTo("'养老' & '~uBGS'");
        assertThat(term.params().get("retentionCorrectedToWanted")).isEqualTo(java.util.List.of("moved-to-y"));
        SearchSql filters = SearchSql.of(query(null, null, "BGS", null, Retention.TEN_YEARS, null), Clearance.SECRET,
                java.util.Map.of("moved-away", "Y"));
        assertThat(filters.where()).contains("(retention = :retention AND document_id NOT IN (:retentionCorrected))")
                .doesNotContain("retentionCorrectedToWanted");
        assertThat(SearchSql.of(query(null, null, null, null, Retention.TEN_YEARS, null), Clearance.SECRET,
                java.util.Map.of()).where()).contains("retention = :retention").doesNotContain("NOT IN");
    }
}
