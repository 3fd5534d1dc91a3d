package org.gongwen.review.numbering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void theNumberIsCodeYearInHexagonalBracketsAndSequenceWithoutPaddingOrDi() {
        assertThat(DocumentNumber.format("江民发", 2026, 7)).isEqualTo("江民发〔2026〕7号");
        assertThat(DocumentNumber.format("江民发", 2026, 12)).isEqualTo("江民发\u30142026\u301512号")
                .doesNotContain("第").doesNotContain("[").doesNotContain("（");
    }

    @Test
    void sequencesStartAtOne() {
        assertThatThrownBy(() -> DocumentNumber.format("江民发", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
