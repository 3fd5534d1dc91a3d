package org.gongwen.rendition.layout;

import static org.gongwen.rendition.layout.Gb9704.CHAR_PITCH;
import static org.gongwen.rendition.layout.Gb9704.LEFT;
import static org.gongwen.rendition.layout.Gb9704.LINE_PITCH;
import static org.gongwen.rendition.layout.Gb9704.SIZE_2;
import static org.gongwen.rendition.layout.Gb9704.SIZE_3;
import static org.gongwen.rendition.layout.Gb9704.TYPE_RIGHT;
import static org.gongwen.rendition.layout.Gb9704.TYPE_WIDTH;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongwen.rendition.IssuedDocument;

/**
 * 命令（令）格式 (GB/T 9704 10.2): the mark is the organ's full name and 令 (命令 when the title says 命令), red,
 * centred, its top 20 mm below the type area's top; the 令号 centred two lines below it; the body two lines below the
 * 令号 (no separator rule, no title: a 令 is its mark and number). The sign-off is that of a document bearing the
 * 签发人's 签名章 (7.3.5.3), see {@link #signOff}.
 */
final class OrderLayout {

    /** The serial of a 发文字号 (GB-NO-1): 江民发〔2026〕7号 → 7. */
    private static final Pattern SERIAL = Pattern.compile("〔\\d{4}〕(\\d+)号$");

    private OrderLayout() {
    }

    static HeadLayout.Head head(IssuedDocument doc) {
        List<Element> elements = new ArrayList<>();
        double markBottom = HeadLayout.organMark(elements, markText(doc), Gb9704.ORDER_MARK_TOP);
        double numberCellTop = markBottom + 2 * LINE_PITCH;
        double bottom = markBottom;
        String number = orderNumber(doc.documentNumber());
        if (number != null) {
            double baseline = Gb9704.baselineForCellTop(numberCellTop, LINE_PITCH, SIZE_3);
            elements.add(new TextRun(Role.ORDER_NUMBER, number, LEFT + (TYPE_WIDTH - Typesetter.gridWidth(number)) / 2,
                    baseline, SIZE_3, Face.FANGSONG, Colour.BLACK, false, LineBreaker.justify(number, CHAR_PITCH, 0)));
            bottom = baseline + (1 - Gb9704.ASCENT) * SIZE_3;
        }
        return new HeadLayout.Head(elements, Gb9704.lineAtOrBelow(bottom) + 2);
    }

    /** The lead organ's name and 令, or 命令 when the document's title ends so. */
    static String markText(IssuedDocument doc) {
        return doc.issuingOrgans().get(0) + (doc.title().strip().endsWith("命令") ? "命令" : "令");
    }

    /**
     * The 令号: a 令 is numbered 第N号 in its own series. The suite numbers every kind with a 发文字号, so its serial
     * is printed as the 令号 (the whole 发文字号 stays in the record); a number already written 第N号 is kept.
     */
    static String orderNumber(String documentNumber) {
        if (documentNumber == null || documentNumber.isBlank()) {
            return null;
        }
        String number = documentNumber.strip();
        if (number.startsWith("第")) {
            return number;
        }
        Matcher serial = SERIAL.matcher(number);
        return serial.find() ? "第" + serial.group(1) + "号" : number;
    }

    /**
     * 7.3.5.3: two lines below the body (or 附件说明), the 签名章 four characters from the right, the 签发人职务 two
     * characters left of it, centred on it; one line left free below the stamp, then the 成文日期 four characters from
     * the right. Several signers (联合行文): the lead organ's first, each on a row of its own, aligned. The 签名章 is
     * a placeholder, the name in red 楷体 2号, as the seal is a red ring: the real stamp is put on the paper.
     */
    static Flow.Block signOff(IssuedDocument doc) {
        List<String> signers = doc.signers().isEmpty() ? List.of("") : doc.signers();
        int height = 2 + 2 * (signers.size() - 1) + 3;
        return new Flow.Block(height, 2, start -> drawSignOff(doc, signers, start));
    }

    private static List<Element> drawSignOff(IssuedDocument doc, List<String> signers, int start) {
        List<Element> elements = new ArrayList<>();
        double stampRight = TYPE_RIGHT - 4 * CHAR_PITCH;
        double widest = signers.stream().mapToDouble(s -> CharWidths.units(s) * SIZE_2).max().orElse(0);
        double stampLeft = stampRight - widest;
        int line = start + 2;
        for (int i = 0; i < signers.size(); i++) {
            line = start + 2 + 2 * i;
            String name = signers.get(i);
            if (!name.isBlank()) {
                double width = CharWidths.units(name) * SIZE_2;
                elements.add(TextRun.natural(Role.SIGNATURE_STAMP, name, stampRight - width,
                        Gb9704.baseline(line, SIZE_2), SIZE_2, Face.KAITI, Colour.RED, false));
            }
            if (i < doc.signerTitles().size() && !doc.signerTitles().get(i).isBlank()) {
                String title = doc.signerTitles().get(i).strip();
                double x = Math.max(LEFT, stampLeft - 2 * CHAR_PITCH - Typesetter.gridWidth(title));
                elements.add(Typesetter.gridRun(Role.SIGNER_TITLE, title, x, line, Face.FANGSONG));
            }
        }
        String date = ChineseDates.format(doc.documentDate());
        elements.add(Typesetter.gridRun(Role.DATE, date, stampRight - Typesetter.gridWidth(date), line + 2,
                Face.FANGSONG));
        return elements;
    }
}
