package org.gongwen.rendition.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Sets paragraphs of 3号 text on the grid: 28 characters a line, indents in characters, faces per character. */
final class Typesetter {

    /** GB-LAYER-1: 一、 (黑体) → （一） (楷体) → 1. and （1） (仿宋 like the body). */
    private static final Pattern LEVEL_1 = Pattern.compile("^[一二三四五六七八九十百]+、.*", Pattern.DOTALL);
    private static final Pattern LEVEL_2 = Pattern.compile("^（[一二三四五六七八九十百]+）.*", Pattern.DOTALL);

    private Typesetter() {
    }

    /** A body paragraph: indented two characters, lines after the first flush left, headings in their face. */
    static List<Flow> bodyParagraph(Role role, String paragraph) {
        String text = paragraph.strip();
        return paragraph(role, text, headingFaces(text), 2, 0);
    }

    /** The faces of a paragraph's characters: a heading sentence (up to its 。) in the face of its level. */
    static Face[] headingFaces(String text) {
        Face[] faces = new Face[text.length()];
        Arrays.fill(faces, Face.FANGSONG);
        Face heading = LEVEL_1.matcher(text).matches() ? Face.HEITI
                : LEVEL_2.matcher(text).matches() ? Face.KAITI : Face.FANGSONG;
        int end = text.indexOf('。');
        Arrays.fill(faces, 0, end < 0 ? text.length() : end + 1, heading);
        return faces;
    }

    /** A paragraph in one face. */
    static List<Flow> paragraph(Role role, String text, Face face, double firstIndent, double restIndent) {
        Face[] faces = new Face[text.length()];
        Arrays.fill(faces, face);
        return paragraph(role, text, faces, firstIndent, restIndent);
    }

    /**
     * @param firstIndent characters left free before the first line
     * @param restIndent  characters left free before the others
     */
    static List<Flow> paragraph(Role role, String text, Face[] faces, double firstIndent, double restIndent) {
        List<LineBreaker.Line> lines = LineBreaker.breakLines(text, Gb9704.CHARS - firstIndent,
                Gb9704.CHARS - restIndent);
        List<Flow> flow = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineBreaker.Line line = lines.get(i);
            double indent = i == 0 ? firstIndent : restIndent;
            boolean last = i == lines.size() - 1;
            String content = text.substring(line.start(), line.end());
            double[] advances = LineBreaker.justify(content, Gb9704.CHAR_PITCH,
                    last ? 0 : (Gb9704.CHARS - indent) * Gb9704.CHAR_PITCH);
            Face[] lineFaces = Arrays.copyOfRange(faces, line.start(), line.end());
            double x = Gb9704.LEFT + indent * Gb9704.CHAR_PITCH;
            flow.add(new Flow.Line(n -> runs(role, content, lineFaces, advances, x, Gb9704.baseline(n, Gb9704.SIZE_3),
                    Gb9704.SIZE_3)));
        }
        return flow;
    }

    /** One run per stretch of characters in the same face. */
    static List<Element> runs(Role role, String text, Face[] faces, double[] advances, double x, double baseline,
                              double size) {
        List<Element> runs = new ArrayList<>();
        int start = 0;
        double at = x;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || faces[i] != faces[start]) {
                double[] part = Arrays.copyOfRange(advances, start, i);
                runs.add(new TextRun(role, text.substring(start, i), at, baseline, size, faces[start], Colour.BLACK,
                        false, part));
                at += Arrays.stream(part).sum();
                start = i;
            }
        }
        return runs;
    }

    /** One line of 3号 text on grid line n with grid advances. */
    static TextRun gridRun(Role role, String text, double x, int line, Face face) {
        return new TextRun(role, text, x, Gb9704.baseline(line, Gb9704.SIZE_3), Gb9704.SIZE_3, face, Colour.BLACK,
                false, LineBreaker.justify(text, Gb9704.CHAR_PITCH, 0));
    }

    /** Width of text on the 3号 grid. */
    static double gridWidth(String text) {
        return CharWidths.units(text) * Gb9704.CHAR_PITCH;
    }

    /** Title lines (GB-TITLE-4): 2号 小标宋, centred, each on its grid line from {@code firstLine}. */
    static List<Flow> title(Role role, String title) {
        List<Flow> flow = new ArrayList<>();
        for (String line : TitleLines.lines(title, Math.floor(Gb9704.TYPE_WIDTH / Gb9704.SIZE_2))) {
            double width = CharWidths.units(line) * Gb9704.SIZE_2;
            double x = Gb9704.LEFT + (Gb9704.TYPE_WIDTH - width) / 2;
            flow.add(new Flow.Line(n -> List.of(TextRun.natural(role, line, x, Gb9704.baseline(n, Gb9704.SIZE_2),
                    Gb9704.SIZE_2, Face.XIAOBIAOSONG, Colour.BLACK, true))));
        }
        return flow;
    }
}
