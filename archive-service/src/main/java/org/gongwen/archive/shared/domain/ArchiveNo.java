package org.gongwen.archive.shared.domain;

import java.util.Objects;

/**
 * 档号 per DA/T 22-2015: {@code 全宗号-WS·年度-保管期限代码-机构代码-件号}, e.g. {@code Z011-WS·2026-D30-SHJZ-0001}.
 * '-' separates levels and the middle dot U+00B7 joins 门类 and 年度, which are the same level.
 */
public record ArchiveNo(String fonds, ArchivalClass archivalClass, int itemNo) {

    /** 档案门类代码 of 文书档案. */
    public static final String CATEGORY = "WS";
    public static final char SAME_LEVEL = '\u00B7';
    public static final int MAX_ITEM_NO = 9999;

    public ArchiveNo {
        if (fonds == null || !fonds.matches("[A-Z0-9]{4}")) {
            throw new IllegalArgumentException("全宗号 must be 4 letters or digits: " + fonds);
        }
        Objects.requireNonNull(archivalClass, "archivalClass");
        if (itemNo < 1 || itemNo > MAX_ITEM_NO) {
            throw new IllegalArgumentException("件号 must be 1.." + MAX_ITEM_NO + ": " + itemNo);
        }
    }

    public String format() {
        return fonds + "-" + CATEGORY + SAME_LEVEL + archivalClass.year() + "-" + archivalClass.retention().code()
                + "-" + archivalClass.unit() + "-" + String.format("%04d", itemNo);
    }

    @Override
    public String toString() {
        return format();
    }
}
