package org.gongwen.archive.search.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeEscapingTest {

    @Test
    void wildcardsInTheSearchTermAreMatchedLiterally() {
        assertThat(JdbcRecordSearch.escapeLike("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
        assertThat(JdbcRecordSearch.escapeLike("救助")).isEqualTo("救助");
    }
}
