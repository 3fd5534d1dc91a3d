package org.gongwen.rendition.layout;

import java.util.Arrays;

/**
 * Text in one face on one line: the first character's em box starts at {@code x}, every character sits on
 * {@code baseline}, and {@code advances[i]} is how far character i moves the pen. Writers place each glyph where the
 * advances say, whatever the font's own widths, so that the page is the same in every writer and with every font.
 *
 * @param size em size in mm
 * @param bold whether the face is drawn heavier than the font (小标宋 emulated from a regular 宋体 file)
 */
public record TextRun(Role role, String text, double x, double baseline, double size, Face face, Colour colour,
                      boolean bold, double[] advances) implements Element {

    public TextRun {
        if (advances.length != text.length()) {
            throw new IllegalArgumentException("one advance per character: " + text);
        }
        advances = advances.clone();
    }

    /** Text whose characters advance by their natural width at {@code size} (CJK one em, ASCII half an em). */
    public static TextRun natural(Role role, String text, double x, double baseline, double size, Face face,
                                  Colour colour, boolean bold) {
        double[] advances = new double[text.length()];
        for (int i = 0; i < advances.length; i++) {
            advances[i] = CharWidths.units(text.charAt(i)) * size;
        }
        return new TextRun(role, text, x, baseline, size, face, colour, bold, advances);
    }

    @Override
    public double[] advances() {
        return advances.clone();
    }

    public double advance(int index) {
        return advances[index];
    }

    /** Where character {@code index} starts. */
    public double xOf(int index) {
        double at = x;
        for (int i = 0; i < index; i++) {
            at += advances[i];
        }
        return at;
    }

    public double width() {
        return Arrays.stream(advances).sum();
    }

    /** Where the last character ends. */
    public double right() {
        return x + width();
    }

    /** The top of the em box. */
    public double emTop() {
        return baseline - Gb9704.ASCENT * size;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextRun run && role == run.role && text.equals(run.text) && x == run.x
                && baseline == run.baseline && size == run.size && face == run.face && colour == run.colour
                && bold == run.bold && Arrays.equals(advances, run.advances);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Double.hashCode(x) * 17 + Double.hashCode(baseline);
    }

    @Override
    public String toString() {
        return role + "[" + text + " @" + String.format("%.1f,%.1f", x, baseline) + " " + face + "]";
    }
}
