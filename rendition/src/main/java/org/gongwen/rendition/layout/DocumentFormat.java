package org.gongwen.rendition.layout;

/**
 * The formats of GB/T 9704-2012: the general 文件格式 (§7) and the three special ones of §10 (reference.md §2.3),
 * chosen by the 文种 (reference.md §1.2, §1.4).
 */
public enum DocumentFormat {
    /** 文件格式: every kind without a format of its own. */
    GENERAL,
    /** 信函格式 (10.1): 函. */
    LETTER,
    /** 命令（令）格式 (10.2): 命令, also written 令. */
    ORDER,
    /** 纪要格式 (10.3): 纪要. */
    MINUTES;

    public static DocumentFormat of(String docType) {
        if (docType == null) {
            return GENERAL;
        }
        return switch (docType.strip()) {
            case "函" -> LETTER;
            case "命令", "令", "命令(令)", "命令（令）" -> ORDER;
            case "纪要" -> MINUTES;
            default -> GENERAL;
        };
    }
}
