package org.gongwen.kernel;

/**
 * Where in a field's text a finding sits: {@code [start, end)} counted in Unicode code points, not UTF-16 units,
 * so that a client indexing the string as characters (汉字 outside the BMP included) marks the right passage.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The span of UTF-16 indices {@code [from, to)} of {@code text}, in code points. */
    public static Span ofChars(String text, int from, int to) {
        return new Span(text.codePointCount(0, from), text.codePointCount(0, to));
    }
}
