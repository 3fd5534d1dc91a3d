package org.gongwen.rendition.layout;

/**
 * The measures of GB/T 9704-2012 (reference.md §2 "Layout facts"), in millimetres, origin at the page's top left,
 * y growing downwards. Font sizes are given in 号 and converted to the height of the em box in mm.
 */
public final class Gb9704 {

    public static final double PAGE_WIDTH = 210;
    public static final double PAGE_HEIGHT = 297;
    /** 天头: top margin. */
    public static final double TOP = 37;
    /** 订口: left margin. */
    public static final double LEFT = 28;
    /** 版心 156 × 225 mm. */
    public static final double TYPE_WIDTH = 156;
    public static final double TYPE_HEIGHT = 225;
    public static final double TYPE_RIGHT = LEFT + TYPE_WIDTH;
    public static final double TYPE_BOTTOM = TOP + TYPE_HEIGHT;

    /** 一般每面排22行，每行排28个字，并撑满版心. */
    public static final int LINES = 22;
    public static final int CHARS = 28;
    /** One grid cell of the 3号 body text: 156/28 mm wide, 225/22 mm high. */
    public static final double CHAR_PITCH = TYPE_WIDTH / CHARS;
    public static final double LINE_PITCH = TYPE_HEIGHT / LINES;

    public static final double MM_PER_POINT = 25.4 / 72;
    /** 初号 42 pt, 二号 22 pt, 三号 16 pt, 四号 14 pt. */
    public static final double SIZE_0 = 42 * MM_PER_POINT;
    public static final double SIZE_2 = 22 * MM_PER_POINT;
    public static final double SIZE_3 = 16 * MM_PER_POINT;
    public static final double SIZE_4 = 14 * MM_PER_POINT;

    /**
     * Share of the em box above the baseline. CJK faces draw their ideographs in an em box whose baseline lies about
     * 0.88 em below its top; the layout places baselines with it so that no font has to be opened to lay out.
     */
    public static final double ASCENT = 0.88;

    /** 发文机关标志: top edge 35 mm below the type area's top. */
    public static final double ORGAN_MARK_TOP = TOP + 35;
    /** 信函格式 (GB/T 9704 10.1): the mark's top 30 mm below the page's top edge. */
    public static final double LETTER_MARK_TOP = 30;
    /** 命令格式 (10.2): the mark's top 20 mm below the type area's top. */
    public static final double ORDER_MARK_TOP = TOP + 20;
    /** 纪要格式 (10.3): the mark's top 35 mm below the type area's top, as in the general format. */
    public static final double MINUTES_MARK_TOP = TOP + 35;
    /** 信函格式: the red double lines are 170 mm long, centred (on the type area, like everything centred). */
    public static final double DOUBLE_RULE_LENGTH = 170;
    /** The first double line lies 4 mm below the mark; the second 20 mm above the page's bottom edge. */
    public static final double DOUBLE_RULE_GAP = 4;
    public static final double DOUBLE_RULE_BOTTOM_MARGIN = 20;
    /**
     * The double line's strokes and the white between them. The standard gives only "上粗下细" (top) and "上细下粗"
     * (bottom); these are the widths of common 信函 templates.
     */
    public static final double DOUBLE_RULE_THICK = 0.75;
    public static final double DOUBLE_RULE_THIN = 0.25;
    public static final double DOUBLE_RULE_SPACE = 0.75;
    /** 信函格式: what stands next to a double line keeps 7/8 of a 3号 character's height from it. */
    public static final double LETTER_CLEARANCE = SIZE_3 * 7 / 8;
    /** The red separator is 4 mm below the 发文字号. */
    public static final double RED_RULE_GAP = 4;
    public static final double RED_RULE_WIDTH = 0.6;
    /** 版记 rules: the first and the last thick (0.35 mm), those between thin (0.25 mm). */
    public static final double COLOPHON_THICK = 0.35;
    public static final double COLOPHON_THIN = 0.25;
    /** 页码: its 一字线 7 mm below the type area. */
    public static final double PAGE_NUMBER_GAP = 7;
    /** The seal placeholder: an organ's seal is 42 mm across. */
    public static final double SEAL_RADIUS = 21;
    public static final double SEAL_STROKE = 1;

    private Gb9704() {
    }

    /** The top of grid line {@code line} (0 = the first line of the type area). */
    public static double lineTop(int line) {
        return TOP + line * LINE_PITCH;
    }

    /** The baseline of text of em size {@code size} centred in grid line {@code line}. */
    public static double baseline(int line, double size) {
        return baselineForCellTop(lineTop(line), LINE_PITCH, size);
    }

    /** The baseline of text of em size {@code size} centred in a cell of height {@code cellHeight}. */
    public static double baselineForCellTop(double cellTop, double cellHeight, double size) {
        return cellTop + (cellHeight - size) / 2 + ASCENT * size;
    }

    /** The baseline of text whose em box starts at {@code emTop}. */
    public static double baselineForEmTop(double emTop, double size) {
        return emTop + ASCENT * size;
    }

    /** The first grid line that starts at or below {@code y}; a line whose top quarter holds {@code y} counts. */
    public static int lineAtOrBelow(double y) {
        return (int) Math.ceil((y - TOP) / LINE_PITCH - 0.25);
    }
}
