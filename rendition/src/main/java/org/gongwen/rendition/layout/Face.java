package org.gongwen.rendition.layout;

/**
 * The type faces GB/T 9704 names. The layout only names them; {@code org.gongwen.rendition.fonts.Fonts} finds a file
 * for each.
 */
public enum Face {
    /** 仿宋: body text (3号), 版记 (4号). */
    FANGSONG,
    /** 黑体: 密级, 紧急程度, first-level headings, 附件 labels. */
    HEITI,
    /** 楷体: second-level headings, 签发人 names. */
    KAITI,
    /** 小标宋: 发文机关标志 and titles. */
    XIAOBIAOSONG,
    /** 宋体: page numbers. */
    SONGTI
}
