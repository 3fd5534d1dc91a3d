package org.gongwen.rendition.layout;

import static org.gongwen.rendition.layout.Gb9704.CHAR_PITCH;
import static org.gongwen.rendition.layout.Gb9704.LEFT;
import static org.gongwen.rendition.layout.Gb9704.LINE_PITCH;
import static org.gongwen.rendition.layout.Gb9704.SIZE_3;
import static org.gongwen.rendition.layout.Gb9704.TYPE_RIGHT;
import static org.gongwen.rendition.layout.Gb9704.TYPE_WIDTH;

import java.util.ArrayList;
import java.util.List;

import org.gongwen.rendition.IssuedDocument;

/**
 * 版头 (GB/T 9704 7.2): 份号, 密级和保密期限, 紧急程度 top left in that order (GB-COPY-1, GB-SEC-2, GB-URG-2); the red
 * 发文机关标志 35 mm below the type area's top, several organs stacked with 文件 beside them (联合行文); two lines
 * below it the 发文字号, centred, or for 上行文 one character in on the line of the last 签发人, who stand one
 * character from the right (GB-SIGN-2); the red rule 4 mm below the 发文字号.
 */
final class HeadLayout {

    /** The mark's em size: 初号-like for one organ, smaller when organs are stacked; never wider than the type area. */
    private static final double MARK_SIZE = 15;
    private static final double JOINT_MARK_SIZE = 12;
    private static final double JOINT_MARK_LEADING = 1.25;

    record Head(List<Element> elements, int titleLine) {
    }

    private HeadLayout() {
    }

    static Head lay(IssuedDocument doc) {
        List<Element> elements = new ArrayList<>();
        int line = 0;
        line = mark(elements, line, Role.COPY_NUMBER, doc.copyNumber(), Face.FANGSONG);
        line = mark(elements, line, Role.SECRECY, secrecy(doc), Face.HEITI);
        mark(elements, line, Role.URGENCY, doc.urgency(), Face.HEITI);

        double markBottom = doc.joint() ? jointOrganMark(elements, doc) : organMark(elements, doc);
        double numberCellTop = markBottom + 2 * LINE_PITCH;
        double numberBaseline = Gb9704.baselineForCellTop(numberCellTop, LINE_PITCH, SIZE_3);
        if (doc.upward()) {
            numberBaseline = signers(elements, doc, numberCellTop);
        }
        if (doc.documentNumber() != null) {
            String number = doc.documentNumber();
            double x = doc.upward() ? LEFT + CHAR_PITCH : LEFT + (TYPE_WIDTH - Typesetter.gridWidth(number)) / 2;
            elements.add(new TextRun(Role.DOCUMENT_NUMBER, number, x, numberBaseline, SIZE_3, Face.FANGSONG,
                    Colour.BLACK, false, LineBreaker.justify(number, CHAR_PITCH, 0)));
        }
        double ruleY = numberBaseline + (1 - Gb9704.ASCENT) * SIZE_3 + Gb9704.RED_RULE_GAP;
        elements.add(new Rule(Role.RED_RULE, LEFT, TYPE_RIGHT, ruleY, Gb9704.RED_RULE_WIDTH, Colour.RED));
        return new Head(elements, Gb9704.lineAtOrBelow(ruleY) + 2);
    }

    /** GB-SEC-2: 密级★期限 with the period in Arabic numerals. */
    static String secrecy(IssuedDocument doc) {
        if (doc.classification() == null || doc.classification().isBlank()) {
            return null;
        }
        Integer years = doc.classificationPeriodYears();
        return years == null ? doc.classification() : doc.classification() + "★" + years + "年";
    }

    private static int mark(List<Element> elements, int line, Role role, String text, Face face) {
        if (text == null || text.isBlank()) {
            return line;
        }
        elements.add(Typesetter.gridRun(role, text.strip(), LEFT, line, face));
        return line + 1;
    }

    /** One organ: its name and 文件 centred in one line. Returns the mark's bottom edge. */
    private static double organMark(List<Element> elements, IssuedDocument doc) {
        return organMark(elements, doc.issuingOrgans().get(0) + doc.markSuffix(), Gb9704.ORGAN_MARK_TOP);
    }

    /**
     * A one-line mark in red 小标宋, centred, its em box's top at {@code top} (each format of GB/T 9704 puts it at
     * its own height). Returns the mark's bottom edge.
     */
    static double organMark(List<Element> elements, String mark, double top) {
        double size = Math.min(MARK_SIZE, TYPE_WIDTH / CharWidths.units(mark));
        double x = LEFT + (TYPE_WIDTH - CharWidths.units(mark) * size) / 2;
        elements.add(TextRun.natural(Role.ORGAN_MARK, mark, x, Gb9704.baselineForEmTop(top, size),
                size, Face.XIAOBIAOSONG, Colour.RED, true));
        return top + size;
    }

    /**
     * 联合行文: the organ names one under another, the lead organ first, each spread to the width of the longest;
     * 文件 to their right, centred on them. The whole mark is centred. Returns its bottom edge.
     */
    private static double jointOrganMark(List<Element> elements, IssuedDocument doc) {
        List<String> organs = doc.issuingOrgans();
        double longest = organs.stream().mapToDouble(CharWidths::units).max().orElse(1);
        String suffix = doc.markSuffix();
        double suffixUnits = CharWidths.units(suffix);
        double size = Math.min(JOINT_MARK_SIZE, TYPE_WIDTH / (longest + suffixUnits + (suffix.isEmpty() ? 0 : 0.5)));
        double columnWidth = longest * size;
        double markWidth = columnWidth + (suffix.isEmpty() ? 0 : (suffixUnits + 0.5) * size);
        double left = LEFT + (TYPE_WIDTH - markWidth) / 2;
        double pitch = size * JOINT_MARK_LEADING;
        for (int i = 0; i < organs.size(); i++) {
            String organ = organs.get(i);
            double[] advances = spread(organ, size, columnWidth);
            elements.add(new TextRun(Role.ORGAN_MARK, organ, left,
                    Gb9704.baselineForEmTop(Gb9704.ORGAN_MARK_TOP + i * pitch, size), size, Face.XIAOBIAOSONG,
                    Colour.RED, true, advances));
        }
        double height = (organs.size() - 1) * pitch + size;
        if (!suffix.isEmpty()) {
            double suffixTop = Gb9704.ORGAN_MARK_TOP + (height - size) / 2;
            elements.add(TextRun.natural(Role.ORGAN_MARK, suffix, left + columnWidth + 0.5 * size,
                    Gb9704.baselineForEmTop(suffixTop, size), size, Face.XIAOBIAOSONG, Colour.RED, true));
        }
        return Gb9704.ORGAN_MARK_TOP + height;
    }

    /** Advances that spread {@code text} evenly over {@code width} (分散对齐). */
    private static double[] spread(String text, double size, double width) {
        double[] advances = new double[text.length()];
        double natural = CharWidths.units(text) * size;
        double extra = text.length() > 1 ? (width - natural) / (text.length() - 1) : 0;
        for (int i = 0; i < advances.length; i++) {
            advances[i] = CharWidths.units(text.charAt(i)) * size + (i < advances.length - 1 ? extra : 0);
        }
        return advances;
    }

    /**
     * GB-SIGN-2: "签发人：" (仿宋) and the names (楷体), two a line in the order of the organs, the block one character
     * from the right edge. Returns the baseline of the last line, where the 发文字号 goes.
     */
    private static double signers(List<Element> elements, IssuedDocument doc, double firstCellTop) {
        List<String> names = doc.signers().isEmpty() ? List.of("") : doc.signers();
        String label = "签发人：";
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i += 2) {
            lines.add(String.join("　", names.subList(i, Math.min(names.size(), i + 2))));
        }
        double widest = lines.stream().mapToDouble(Typesetter::gridWidth).max().orElse(0);
        double left = TYPE_RIGHT - CHAR_PITCH - Typesetter.gridWidth(label) - widest;
        double baseline = 0;
        for (int i = 0; i < lines.size(); i++) {
            baseline = Gb9704.baselineForCellTop(firstCellTop + i * LINE_PITCH, LINE_PITCH, SIZE_3);
            if (i == 0) {
                elements.add(new TextRun(Role.SIGNER, label, left, baseline, SIZE_3, Face.FANGSONG, Colour.BLACK,
                        false, LineBreaker.justify(label, CHAR_PITCH, 0)));
            }
            String names2 = lines.get(i);
            if (!names2.isEmpty()) {
                elements.add(new TextRun(Role.SIGNER, names2, left + Typesetter.gridWidth(label), baseline, SIZE_3,
                        Face.KAITI, Colour.BLACK, false, LineBreaker.justify(names2, CHAR_PITCH, 0)));
            }
        }
        return baseline;
    }
}
