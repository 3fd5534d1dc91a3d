package org.gongwen.rendition.layout;

import java.time.LocalDate;

/** GB-DATE-1: Arabic numerals, the full year, month and day without padding — 2026年1月5日. */
public final class ChineseDates {

    private ChineseDates() {
    }

    public static String format(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
