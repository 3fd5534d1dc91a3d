package org.gongwen.archive.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void chineseTextIsCutIntoOverlappingBigrams() {
        assertThat(SearchTerms.bigrams("养老服务")).containsExactly("养老", "老服", "服务");
        assertThat(SearchTerms.bigrams("养老")).containsExactly("养老");
    }

    @Test
    void punctuationAndSpaceSeparateRunsAndNoBigramCrossesThem() {
        assertThat(SearchTerms.bigrams("江民发〔2026〕3号")).containsExactly("江民", "民发", "20", "02", "26", "3号");
        assertThat(SearchTerms.bigrams("Z011-WS·2026")).containsExactly("z0", "01", "11", "ws", "20", "02", "26");
    }

    @Test
    void aSingleCharacterHasNoBigram() {
        assertThat(SearchTerms.bigrams("救")).isEmpty();
    }

    @Test
    void tsqueryLexemesAreQuotedLiterally() {
        assertThat(SearchTerms.tsquery(SearchTerms.bigrams("养老服"))).isEqualTo("'养老' & '老服'");
        assertThat(SearchTerms.tsquery(java.util.Set.of("a'"))).isEqualTo("'a'''");
    }

    @Test
    void theHighlightMarksTheMatchWithinItsPassage() {
        assertThat(SearchTerms.highlight("关于开展养老服务机构检查的通知", "养老", 2)).isEqualTo("…开展【养老】服务…");
        assertThat(SearchTerms.highlight("标题", "养老", 2)).isNull();
    }
}
