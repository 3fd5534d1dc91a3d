package org.gongwen.rendition.layout;

import static org.gongwen.rendition.layout.Gb9704.CHAR_PITCH;
import static org.gongwen.rendition.layout.Gb9704.LEFT;
import static org.gongwen.rendition.layout.Gb9704.LINE_PITCH;
import static org.gongwen.rendition.layout.Gb9704.SIZE_3;
import static org.gongwen.rendition.layout.Gb9704.TYPE_RIGHT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gongwen.rendition.IssuedDocument;

/**
 * 纪要格式 (GB/T 9704 10.3, "可以根据实际制定" beyond what it names). The standard's part: the mark ends with 纪要,
 * red, centred, its top 35 mm below the type area's top; 出席, 请假 and 列席 one line below the body (or 附件说明),
 * two characters in, the label and its colon in 黑体, the names in 仿宋, wrapped lines aligned after the colon, each
 * list on a line of its own in that order. The office's part (choices, docs/renditions.md): the mark is the title when
 * the title names the minutes (…会议纪要, no 关于), else the lead organ and 纪要; two lines below it the 期号 (第N期, or
 * the 发文字号 of a 纪要 without one) one
 * character in from the left and the 成文日期 one character in from the right, the red rule 4 mm below them; no
 * 署名 and no 印章 (reference.md §6 point 2 leaves it open: the mark already names the organ, and 条例 第九条(十三)
 * ties the seal to a 署名).
 */
final class MinutesLayout {

    /** The attendance lists of GB/T 9704 10.3, in the order it prints them. */
    static final List<String> LABELS = List.of("出席", "请假", "列席");

    /** An attendance list typed as a paragraph of the body, e.g. 出席：张三、李四. */
    record Attendance(String label, String names) {
    }

    private MinutesLayout() {
    }

    static HeadLayout.Head head(IssuedDocument doc) {
        List<Element> elements = new ArrayList<>();
        double markBottom = HeadLayout.organMark(elements, markText(doc), Gb9704.MINUTES_MARK_TOP);
        double cellTop = markBottom + 2 * LINE_PITCH;
        double baseline = Gb9704.baselineForCellTop(cellTop, LINE_PITCH, SIZE_3);
        // GB/T 9704 §10.3: a 纪要 is numbered by its 期号 (第N期 of the year's 纪要), printed where the general format
        // has the 发文字号; a 纪要 issued before 期号 were numbered keeps its 文号 there
        Role role = doc.minutesPeriod() != null ? Role.MINUTES_PERIOD : Role.DOCUMENT_NUMBER;
        String number = doc.minutesPeriod() != null ? periodText(doc.minutesPeriod()) : doc.documentNumber();
        if (number != null) {
            elements.add(new TextRun(role, number, LEFT + CHAR_PITCH, baseline, SIZE_3, Face.FANGSONG,
                    Colour.BLACK, false, LineBreaker.justify(number, CHAR_PITCH, 0)));
        }
        String date = ChineseDates.format(doc.documentDate());
        elements.add(new TextRun(Role.DATE, date, TYPE_RIGHT - CHAR_PITCH - Typesetter.gridWidth(date), baseline,
                SIZE_3, Face.FANGSONG, Colour.BLACK, false, LineBreaker.justify(date, CHAR_PITCH, 0)));
        double ruleY = baseline + (1 - Gb9704.ASCENT) * SIZE_3 + Gb9704.RED_RULE_GAP;
        elements.add(new Rule(Role.RED_RULE, LEFT, TYPE_RIGHT, ruleY, Gb9704.RED_RULE_WIDTH, Colour.RED));
        return new HeadLayout.Head(elements, Gb9704.lineAtOrBelow(ruleY) + 2);
    }

    /** 第N期, N in Arabic numerals like the 文号's 顺序号 (GB/T 9704 7.2.4). */
    static String periodText(int period) {
        return "第" + period + "期";
    }

    /** The title when it is the name of the minutes (…纪要 without 关于), else the lead organ's name and 纪要. */
    static String markText(IssuedDocument doc) {
        String title = doc.title().strip();
        return title.endsWith("纪要") && !title.contains("关于") ? title : doc.issuingOrgans().get(0) + "纪要";
    }

    /** Whether the title is printed below the rule: not when the mark already shows it. */
    static boolean showsTitle(IssuedDocument doc) {
        return !markText(doc).equals(doc.title().strip());
    }

    /** A paragraph that is an attendance list: 出席, 请假 or 列席 and a colon (full or half width). */
    static Optional<Attendance> attendance(String paragraph) {
        String text = paragraph.strip();
        for (String label : LABELS) {
            if (text.startsWith(label + "：") || text.startsWith(label + ":")) {
                return Optional.of(new Attendance(label, text.substring(label.length() + 1).strip()));
            }
        }
        return Optional.empty();
    }

    /** The body without its attendance lists. */
    static List<String> bodyParagraphs(IssuedDocument doc) {
        return doc.paragraphs().stream().filter(p -> attendance(p).isEmpty()).toList();
    }

    /** One line below the body, the lists in the order 出席, 请假, 列席, each from a new line. */
    static List<Flow> attendees(IssuedDocument doc) {
        List<Attendance> lists = doc.paragraphs().stream().map(MinutesLayout::attendance).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(a -> LABELS.indexOf(a.label()))).toList();
        List<Flow> flow = new ArrayList<>();
        if (lists.isEmpty()) {
            return flow;
        }
        flow.add(new Flow.Blank());
        for (Attendance list : lists) {
            // the names set on their own, so that the first line's names start where the wrapped ones do
            String label = list.label() + "：";
            double namesIndent = 2 + CharWidths.units(label);
            List<Flow> names = list.names().isEmpty() ? List.of(new Flow.Line(n -> List.of()))
                    : Typesetter.paragraph(Role.ATTENDEES, list.names(), Face.FANGSONG, namesIndent, namesIndent);
            Flow.Line first = (Flow.Line) names.get(0);
            flow.add(new Flow.Line(n -> {
                List<Element> line = new ArrayList<>();
                line.add(Typesetter.gridRun(Role.ATTENDEES, label, LEFT + 2 * CHAR_PITCH, n, Face.HEITI));
                line.addAll(first.draw().apply(n));
                return line;
            }));
            flow.addAll(names.subList(1, names.size()));
        }
        return flow;
    }
}
