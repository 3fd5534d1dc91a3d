package org.gongwen.rendition.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines on the character grid, with 避头尾: no line starts with a closing or pausing mark
 * (。，、；：？！）」…) and none ends with an opening one (（「《…). A number or a Latin word is not split. When the
 * character that would start the next line may not start one, the last character of the line goes down with it
 * (推出) and the shorter line is spread to the full width by {@link #justify}.
 */
public final class LineBreaker {

    /** Marks that may not start a line (行首禁则). */
    static final String NO_LINE_START = "。，、；：？！）」』》〉】〕”’…—·%,.;:?!)]}";
    /** Marks that may not end a line (行尾禁则). */
    static final String NO_LINE_END = "（「『《〈【〔“‘([{";

    private LineBreaker() {
    }

    /** A line: characters {@code start} (inclusive) to {@code end} (exclusive) of the broken text. */
    public record Line(int start, int end) {
    }

    /**
     * @param firstWidth width of the first line in characters (28 less the indent)
     * @param restWidth  width of the following lines
     */
    public static List<Line> breakLines(String text, double firstWidth, double restWidth) {
        List<int[]> tokens = tokens(text);
        List<Line> lines = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            double capacity = lines.isEmpty() ? firstWidth : restWidth;
            int j = i;
            double width = 0;
            while (j < tokens.size() && width + width(text, tokens.get(j)) <= capacity + 1e-9) {
                width += width(text, tokens.get(j));
                j++;
            }
            if (j == i) {
                // one token wider than a line: split it into characters
                int[] wide = tokens.remove(i);
                for (int c = wide[1] - 1; c >= wide[0]; c--) {
                    tokens.add(i, new int[] {c, c + 1});
                }
                continue;
            }
            int k = j;
            while (k > i + 1 && forbiddenBreak(text, tokens, k)) {
                k--;
            }
            if (!forbiddenBreak(text, tokens, k)) {
                j = k;
            }
            lines.add(new Line(tokens.get(i)[0], tokens.get(j - 1)[1]));
            i = j;
        }
        return lines;
    }

    /** Whether breaking before token {@code k} would start a line with a closing mark or end one with an opening mark. */
    private static boolean forbiddenBreak(String text, List<int[]> tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        char first = text.charAt(tokens.get(k)[0]);
        char last = text.charAt(tokens.get(k - 1)[1] - 1);
        return NO_LINE_START.indexOf(first) >= 0 || NO_LINE_END.indexOf(last) >= 0;
    }

    /** Break opportunities: between CJK characters, not inside a run of ASCII letters, digits and their signs. */
    private static List<int[]> tokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = i + 1;
            if (word(text.charAt(i))) {
                while (end < text.length() && word(text.charAt(end))) {
                    end++;
                }
            }
            tokens.add(new int[] {i, end});
            i = end;
        }
        return tokens;
    }

    private static boolean word(char c) {
        return c > ' ' && c <= '~' && "([{".indexOf(c) < 0;
    }

    private static double width(String text, int[] token) {
        return CharWidths.units(text.substring(token[0], token[1]));
    }

    /**
     * The advances (in mm) of a line's characters: each its grid width ({@code pitch} per character, half for ASCII),
     * plus, when {@code fullWidth} is given, the shortfall spread over the gaps so that the line ends at the edge
     * (the line of a paragraph that is not its last).
     */
    public static double[] justify(String line, double pitch, double fullWidth) {
        double[] advances = new double[line.length()];
        double natural = 0;
        for (int i = 0; i < advances.length; i++) {
            advances[i] = CharWidths.units(line.charAt(i)) * pitch;
            natural += advances[i];
        }
        double shortfall = fullWidth - natural;
        // only close small gaps (a character pushed down, a half-width number): never stretch a line across the page
        if (fullWidth > 0 && line.length() > 1 && shortfall > 1e-6 && shortfall <= 2.5 * pitch) {
            double extra = shortfall / (line.length() - 1);
            for (int i = 0; i < advances.length - 1; i++) {
                advances[i] += extra;
            }
        }
        return advances;
    }
}
