package org.gongwen.archive.shared.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The lowest class of the 档号 (年度 · 保管期限 · 机构): 件号 run gap-free within it. 年度 is the year the
 * document was formed (DA/T 22-2015), i.e. the year of its 成文日期, not of archiving.
 */
public record ArchivalClass(int year, Retention retention, String unit) {

    public ArchivalClass {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("年度 must have 4 digits: " + year);
        }
        Objects.requireNonNull(retention, "retention");
        if (unit == null || unit.isBlank() || !unit.equals(unit.trim()) || unit.contains("-")) {
            throw new IllegalArgumentException("机构代码 must be a non-blank code without '-': " + unit);
        }
    }

    public static ArchivalClass of(LocalDate documentDate, Retention retention, String unit) {
        return new ArchivalClass(documentDate.getYear(), retention, unit);
    }
}
