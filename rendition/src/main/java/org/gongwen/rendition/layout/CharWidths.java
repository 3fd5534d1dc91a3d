package org.gongwen.rendition.layout;

/**
 * Widths on the character grid, in characters: a CJK character or fullwidth sign fills one cell, printable ASCII
 * (Arabic numerals, Latin letters, half-width signs) half of one. This is what the 28-character line counts; no font
 * is opened to lay out.
 */
public final class CharWidths {

    private CharWidths() {
    }

    public static double units(char c) {
        return halfWidth(c) ? 0.5 : 1;
    }

    public static boolean halfWidth(char c) {
        return c >= 0x20 && c <= 0x7E;
    }

    public static double units(CharSequence text) {
        double total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += units(text.charAt(i));
        }
        return total;
    }
}
