package org.gongwen.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one 密级 order (非密 < 秘密 < 机密 < 绝密) and its fail-closed parsing, per rule. */
class ClassificationTest {

    @Test
    void gbSec1OrderIsUnclassifiedSecretConfidentialTopSecret() {
        assertThat(Classification.values()).containsExactly(Classification.非密, Classification.秘密,
                Classification.机密, Classification.绝密);
        assertThat(Classification.绝密.covers(Classification.机密)).isTrue();
        assertThat(Classification.机密.covers(Classification.机密)).isTrue();
        assertThat(Classification.机密.covers(Classification.绝密)).isFalse();
        assertThat(Classification.秘密.covers(Classification.非密)).isTrue();
        assertThat(Classification.非密.covers(Classification.秘密)).isFalse();
        assertThat(Classification.机密.coveredBy(Classification.绝密)).isTrue();
    }

    @Test
    void gbSec1MarkingIsExactlyTheThreeLevelsAndAbsentIsUnclassified() {
        assertThat(Classification.ofMarking(null)).contains(Classification.非密);
        assertThat(Classification.ofMarking(" ")).contains(Classification.非密);
        assertThat(Classification.ofMarking("非密")).contains(Classification.非密);
        assertThat(Classification.ofMarking("秘密")).contains(Classification.秘密);
        assertThat(Classification.ofMarking("机密")).contains(Classification.机密);
        assertThat(Classification.ofMarking(" 绝密 ")).contains(Classification.绝密);
        // 内部 / 公开 / 保密 / 机要 are not 密级 values (reference.md GB-SEC-1)
        assertThat(Classification.ofMarking("内部")).isEmpty();
        assertThat(Classification.ofMarking("公开")).isEmpty();
        assertThat(Classification.ofMarking("机要")).isEmpty();
        assertThat(Classification.ofMarking("SECRET")).isEmpty();
        assertThat(Classification.非密.label()).isNull();
        assertThat(Classification.机密.label()).isEqualTo("机密");
    }

    @Test
    void gbSec1UnknownDocumentLabelFailsClosedAsTopSecret() {
        assertThat(Classification.ofDocument("内部")).isEqualTo(Classification.绝密);
        assertThat(Classification.ofDocument("top secret")).isEqualTo(Classification.绝密);
        assertThat(Classification.ofDocument(null)).isEqualTo(Classification.非密);
        assertThat(Classification.clears("机密", "内部")).isFalse();
        assertThat(Classification.clears("绝密", "内部")).isTrue();
    }

    @Test
    void gbSec1UnknownClearanceLabelFailsClosedAsNoClearance() {
        assertThat(Classification.ofClearance("内部")).isEqualTo(Classification.非密);
        assertThat(Classification.ofClearance("TOP")).isEqualTo(Classification.非密);
        assertThat(Classification.ofClearance(null)).isEqualTo(Classification.非密);
        assertThat(Classification.ofClearance("机密")).isEqualTo(Classification.机密);
        assertThat(Classification.clears("内部", "秘密")).isFalse();
        assertThat(Classification.clears("内部", null)).isTrue();
    }

    @Test
    void gbSec3LongestPeriodIsThirtyTwentyTenYears() {
        assertThat(Classification.绝密.maxPeriodYears()).isEqualTo(30);
        assertThat(Classification.机密.maxPeriodYears()).isEqualTo(20);
        assertThat(Classification.秘密.maxPeriodYears()).isEqualTo(10);
        assertThat(Classification.非密.maxPeriodYears()).isZero();
    }

    @Test
    void coveredMarkingsListTheStoredLabelsAReaderMaySee() {
        assertThat(Classification.机密.coveredMarkings()).containsExactly("非密", "秘密", "机密");
        assertThat(Classification.非密.coveredMarkings()).containsExactly("非密");
    }
}
