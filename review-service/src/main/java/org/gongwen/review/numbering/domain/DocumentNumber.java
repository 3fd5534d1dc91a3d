package org.gongwen.review.numbering.domain;

/**
 * 发文字号 per GB/T 9704 §7.2.4: 机关代字 + 年份 in 六角括号 〔〕 (U+3014/U+3015) + 发文顺序号 without
 * leading zeros and without 第, e.g. 江民发〔2026〕7号.
 */
public final class DocumentNumber {

    private DocumentNumber() {
    }

    public static String format(String agencyCode, int year, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("发文顺序号 starts at 1, got " + sequence);
        }
        return agencyCode + "\u3014" + year + "\u3015" + sequence + "号";
    }
}
