package org.gongwen.rendition.layout;

import static org.gongwen.rendition.layout.Gb9704.LEFT;
import static org.gongwen.rendition.layout.Gb9704.SIZE_4;
import static org.gongwen.rendition.layout.Gb9704.TYPE_BOTTOM;
import static org.gongwen.rendition.layout.Gb9704.TYPE_RIGHT;
import static org.gongwen.rendition.layout.Gb9704.TYPE_WIDTH;

import java.util.ArrayList;
import java.util.List;

import org.gongwen.rendition.IssuedDocument;

/**
 * 版记 (GB/T 9704 7.4) at the foot of the last page: 抄送 (GB-CC-1: 4号仿宋, one character in from each side,
 * "抄送：" then the organs separated by "，" and closed by "。", wrapped lines aligned after the colon), then 印发机关
 * (one character in from the left) and 印发日期 + "印发" (one character in from the right, GB-PRINT-1). Rules as wide as
 * the type area: the first and the last thick, the last on the type area's bottom edge, a thin one between 抄送 and
 * the 印发 line.
 */
final class ColophonLayout {

    /** Height of one 版记 row of 4号 text. */
    static final double ROW = 7;

    private final List<List<Element>> rows;
    /** 信函格式: the rows alone, without 印发机关和印发日期 and without rules (GB/T 9704 10.1). */
    private final boolean letter;

    private ColophonLayout(List<List<Element>> copyRows, boolean letter) {
        rows = copyRows;
        this.letter = letter;
    }

    /**
     * @param withMainRecipients GB-FIRSTPAGE-1: the 主送 moved here ("主送：…。" like 抄送, on the line above it, no
     *                           rule between)
     */
    static ColophonLayout of(IssuedDocument doc, boolean withMainRecipients) {
        return new ColophonLayout(rows(doc, withMainRecipients), false);
    }

    /**
     * 信函格式 (GB/T 9704 10.1 "版记不加印发机关和印发日期、分隔线，位于公文最后一面版心内最下方"): only the 主送 (when
     * moved) and 抄送 rows, at the foot of the last page; nothing at all when there are none.
     */
    static ColophonLayout letter(IssuedDocument doc, boolean withMainRecipients) {
        return new ColophonLayout(rows(doc, withMainRecipients), true);
    }

    private static List<List<Element>> rows(IssuedDocument doc, boolean withMainRecipients) {
        List<List<Element>> rows = new ArrayList<>();
        if (withMainRecipients) {
            rows.addAll(listRows(Role.MAIN_RECIPIENTS, "主送：", doc.mainRecipients()));
        }
        rows.addAll(listRows(Role.COPY_TO, "抄送：", doc.copyRecipients()));
        return rows;
    }

    /** Whether there is nothing to print (a 信函 without 抄送). */
    boolean empty() {
        return letter && rows.isEmpty();
    }

    /** Whether it goes on the last even page (the general format) or simply on the last page (信函). */
    boolean lastEvenPage() {
        return !letter;
    }

    /** How far above the type area's bottom the 版记 starts. */
    double height() {
        return ROW * (rows.size() + (letter ? 0 : 1));
    }

    /** The 版记's elements, at the foot of a page. */
    List<Element> draw(IssuedDocument doc) {
        List<Element> elements = new ArrayList<>();
        double top = TYPE_BOTTOM - height();
        if (letter) {
            addRows(elements, top);
            return elements;
        }
        elements.add(new Rule(Role.COLOPHON_RULE, LEFT, TYPE_RIGHT, top, Gb9704.COLOPHON_THICK, Colour.BLACK));
        addRows(elements, top);
        double printTop = TYPE_BOTTOM - ROW;
        if (!rows.isEmpty()) {
            elements.add(new Rule(Role.COLOPHON_RULE, LEFT, TYPE_RIGHT, printTop, Gb9704.COLOPHON_THIN, Colour.BLACK));
        }
        double baseline = Gb9704.baselineForCellTop(printTop, ROW, SIZE_4);
        if (doc.printingOrgan() != null && !doc.printingOrgan().isBlank()) {
            elements.add(TextRun.natural(Role.PRINTED_BY, doc.printingOrgan(), LEFT + SIZE_4, baseline, SIZE_4,
                    Face.FANGSONG, Colour.BLACK, false));
        }
        String printed = ChineseDates.format(doc.printingDate()) + "印发";
        double printedX = TYPE_RIGHT - SIZE_4 - CharWidths.units(printed) * SIZE_4;
        elements.add(TextRun.natural(Role.PRINTED_BY, printed, printedX, baseline, SIZE_4, Face.FANGSONG, Colour.BLACK,
                false));
        elements.add(new Rule(Role.COLOPHON_RULE, LEFT, TYPE_RIGHT, TYPE_BOTTOM, Gb9704.COLOPHON_THICK, Colour.BLACK));
        return elements;
    }

    private void addRows(List<Element> elements, double top) {
        for (int i = 0; i < rows.size(); i++) {
            double baseline = Gb9704.baselineForCellTop(top + i * ROW, ROW, SIZE_4);
            for (Element e : rows.get(i)) {
                TextRun run = (TextRun) e;
                elements.add(new TextRun(run.role(), run.text(), run.x(), baseline, SIZE_4, run.face(), run.colour(),
                        false, run.advances()));
            }
        }
    }

    /** GB-CC-1 text: 抄送：甲，乙。 */
    static String listText(String label, List<String> organs) {
        return label + String.join("，", organs.stream().map(String::strip).toList()) + "。";
    }

    private static List<List<Element>> listRows(Role role, String labelText, List<String> organs) {
        List<List<Element>> rows = new ArrayList<>();
        if (organs.isEmpty()) {
            return rows;
        }
        String text = listText(labelText, organs);
        double width = TYPE_WIDTH / SIZE_4 - 2;
        double label = CharWidths.units(labelText);
        List<LineBreaker.Line> lines = LineBreaker.breakLines(text, width, width - label);
        for (int i = 0; i < lines.size(); i++) {
            String content = text.substring(lines.get(i).start(), lines.get(i).end());
            double indent = 1 + (i == 0 ? 0 : label);
            boolean last = i == lines.size() - 1;
            double[] advances = LineBreaker.justify(content, SIZE_4, last ? 0 : (width + 1 - indent) * SIZE_4);
            rows.add(List.of(new TextRun(role, content, LEFT + indent * SIZE_4, 0, SIZE_4, Face.FANGSONG,
                    Colour.BLACK, false, advances)));
        }
        return rows;
    }
}
