package org.gongwen.rendition.layout;

import static org.gongwen.rendition.layout.Gb9704.LEFT;
import static org.gongwen.rendition.layout.Gb9704.LINE_PITCH;
import static org.gongwen.rendition.layout.Gb9704.SIZE_3;
import static org.gongwen.rendition.layout.Gb9704.TYPE_RIGHT;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.gongwen.rendition.IssuedDocument;

/**
 * 信函格式 (GB/T 9704 10.1) for 函: the lead organ's name alone as the mark, red, centred, its top 30 mm below the
 * page's top edge (联合行文 too: "使用主办机关标志"); a red double line (thick over thin) 4 mm below it and another
 * (thin over thick) 20 mm above the page's bottom edge, both 170 mm long and centred on the type area like the mark (so 7 mm beyond it on each side); under the first
 * one 份号, 密级和保密期限 and 紧急程度 flush left one under another, and the 发文字号 flush right on the first of
 * those lines, the first 7/8 of a 3号 character's height below the line; the title two lines below the last of them.
 * Page 1 has no 页码, and the 版记 has neither 印发机关和印发日期 nor rules ({@link ColophonLayout#letter}).
 */
final class LetterLayout {

    /** 份号, 密级和保密期限 or 紧急程度: GB-URG-2's order, 份号 in 仿宋 and the others in 黑体 as in the general head. */
    private record Mark(Role role, String text, Face face) {
    }

    private LetterLayout() {
    }

    static HeadLayout.Head head(IssuedDocument doc) {
        List<Element> elements = new ArrayList<>();
        double markBottom = HeadLayout.organMark(elements, doc.issuingOrgans().get(0), Gb9704.LETTER_MARK_TOP);
        double lineBottom = doubleRule(elements, markBottom + Gb9704.DOUBLE_RULE_GAP, true);
        double firstEmTop = lineBottom + Gb9704.LETTER_CLEARANCE;
        double lastBottom = lineBottom;
        List<Mark> marks = Stream.of(new Mark(Role.COPY_NUMBER, doc.copyNumber(), Face.FANGSONG),
                        new Mark(Role.SECRECY, HeadLayout.secrecy(doc), Face.HEITI),
                        new Mark(Role.URGENCY, doc.urgency(), Face.HEITI))
                .filter(m -> m.text() != null && !m.text().isBlank()).toList();
        for (int i = 0; i < marks.size(); i++) {
            double emTop = firstEmTop + i * LINE_PITCH;
            elements.add(run(marks.get(i).role(), marks.get(i).text().strip(), LEFT, emTop, marks.get(i).face()));
            lastBottom = emTop + SIZE_3;
        }
        if (doc.documentNumber() != null) {
            String number = doc.documentNumber();
            elements.add(run(Role.DOCUMENT_NUMBER, number, TYPE_RIGHT - Typesetter.gridWidth(number), firstEmTop,
                    Face.FANGSONG));
            lastBottom = Math.max(lastBottom, firstEmTop + SIZE_3);
        }
        double bottomLine = Gb9704.PAGE_HEIGHT - Gb9704.DOUBLE_RULE_BOTTOM_MARGIN;
        doubleRule(elements, bottomLine - doubleRuleHeight(), false);
        return new HeadLayout.Head(elements, Gb9704.lineAtOrBelow(lastBottom) + 2);
    }

    /** 3号 text on the grid's pitch whose em box starts at {@code emTop}. */
    private static TextRun run(Role role, String text, double x, double emTop, Face face) {
        return new TextRun(role, text, x, Gb9704.baselineForEmTop(emTop, SIZE_3), SIZE_3, face, Colour.BLACK, false,
                LineBreaker.justify(text, Gb9704.CHAR_PITCH, 0));
    }

    static double doubleRuleHeight() {
        return Gb9704.DOUBLE_RULE_THICK + Gb9704.DOUBLE_RULE_SPACE + Gb9704.DOUBLE_RULE_THIN;
    }

    /**
     * A red double line whose top edge is at {@code top}: thick over thin ({@code thickFirst}) or thin over thick.
     * Returns its bottom edge.
     */
    private static double doubleRule(List<Element> elements, double top, boolean thickFirst) {
        double x1 = LEFT + (Gb9704.TYPE_WIDTH - Gb9704.DOUBLE_RULE_LENGTH) / 2;
        double x2 = x1 + Gb9704.DOUBLE_RULE_LENGTH;
        double first = thickFirst ? Gb9704.DOUBLE_RULE_THICK : Gb9704.DOUBLE_RULE_THIN;
        double second = thickFirst ? Gb9704.DOUBLE_RULE_THIN : Gb9704.DOUBLE_RULE_THICK;
        elements.add(new Rule(Role.DOUBLE_RULE, x1, x2, top + first / 2, first, Colour.RED));
        double secondTop = top + first + Gb9704.DOUBLE_RULE_SPACE;
        elements.add(new Rule(Role.DOUBLE_RULE, x1, x2, secondTop + second / 2, second, Colour.RED));
        return secondTop + second;
    }
}
