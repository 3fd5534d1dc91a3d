package org.gongwen.rendition.layout;

/**
 * GB-PAGE-1: "— n —" in 4号 宋体 below the type area, its 一字线 7 mm under the type area's bottom edge; odd pages
 * one character in from the right, even pages one character in from the left.
 */
public final class PageNumbers {

    private PageNumbers() {
    }

    /**
     * Whether page {@code number} shows its 页码: the pages of text do ({@code numbered} of them: not a blank page
     * or one holding only the 版记), except page 1 of a 信函 (GB/T 9704 10.1 "首页不显示页码"), whose count still
     * starts at 1.
     */
    static boolean printed(DocumentFormat format, int number, int numbered) {
        return number <= numbered && !(format == DocumentFormat.LETTER && number == 1);
    }

    public static String label(int number) {
        return "— " + number + " —";
    }

    static TextRun run(int number) {
        String text = label(number);
        double size = Gb9704.SIZE_4;
        double width = CharWidths.units(text) * size;
        double x = number % 2 == 1 ? Gb9704.TYPE_RIGHT - size - width : Gb9704.LEFT + size;
        // the 一字线 runs through the middle of the em box
        double emTop = Gb9704.TYPE_BOTTOM + Gb9704.PAGE_NUMBER_GAP - size / 2;
        return TextRun.natural(Role.PAGE_NUMBER, text, x, Gb9704.baselineForEmTop(emTop, size), size, Face.SONGTI,
                Colour.BLACK, false);
    }
}
