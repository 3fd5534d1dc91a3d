package org.gongwen.archive.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ArchiveNoTest {

    private static ArchiveNo no(int year, Retention retention, String unit, int itemNo) {
        return new ArchiveNo("Z011", new ArchivalClass(year, retention, unit), itemNo);
    }

    @Test
    void archiveNoReadsFondsCategoryYearRetentionUnitAndItem() {
        assertThat(no(2026, Retention.THIRTY_YEARS, "SHJZ", 1).format()).isEqualTo("Z011-WS·2026-D30-SHJZ-0001");
    }

    @Test
    void levelsAreSeparatedByHyphenAndCategoryAndYearByTheMiddleDotU00B7() {
        String formatted = no(2011, Retention.PERMANENT, "BGS", 26).format();
        assertThat(formatted.split("-")).containsExactly("Z011", "WS\u00B7" + "2011", "Y", "BGS", "0026");
        assertThat(formatted.charAt(7)).isEqualTo('\u00B7');
        assertThat(formatted).doesNotContain(".").doesNotContain("\u30FB");
    }

    @Test
    void itemNumberIsFourDigitsLeftPaddedWithZero() {
        assertThat(no(2026, Retention.TEN_YEARS, "BGS", 7).format()).endsWith("-0007");
        assertThat(no(2026, Retention.TEN_YEARS, "BGS", 123).format()).endsWith("-0123");
        assertThat(no(2026, Retention.TEN_YEARS, "BGS", 9999).format()).endsWith("-9999");
    }

    @Test
    void itemNumberBeyondFourDigitsOrBelowOneIsRefused() {
        assertThatThrownBy(() -> no(2026, Retention.TEN_YEARS, "BGS", 10000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> no(2026, Retention.TEN_YEARS, "BGS", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retentionCodesAreYD30AndD10() {
        assertThat(Retention.PERMANENT.code()).isEqualTo("Y");
        assertThat(Retention.THIRTY_YEARS.code()).isEqualTo("D30");
        assertThat(Retention.TEN_YEARS.code()).isEqualTo("D10");
        assertThat(Retention.ofCode("d30")).contains(Retention.THIRTY_YEARS);
        assertThat(Retention.ofCode("D20")).isEmpty();
    }

    @Test
    void fondsIsFourLettersOrDigits() {
        assertThatThrownBy(() -> new ArchiveNo("Z01", new ArchivalClass(2026, Retention.PERMANENT, "BGS"), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArchiveNo("z011", new ArchivalClass(2026, Retention.PERMANENT, "BGS"), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitCodeMayNotContainTheLevelSeparator() {
        assertThatThrownBy(() -> new ArchivalClass(2026, Retention.PERMANENT, "SH-JZ"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArchivalClass(2026, Retention.PERMANENT, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yearIsTheYearOfTheDocumentDateNotOfArchiving() {
        assertThat(ArchivalClass.of(LocalDate.of(2025, 12, 31), Retention.PERMANENT, "BGS").year()).isEqualTo(2025);
        assertThat(ArchivalClass.of(LocalDate.of(2026, 1, 1), Retention.PERMANENT, "BGS").year()).isEqualTo(2026);
    }
}
