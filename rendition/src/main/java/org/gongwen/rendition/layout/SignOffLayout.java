package org.gongwen.rendition.layout;

import static org.gongwen.rendition.layout.Gb9704.CHAR_PITCH;
import static org.gongwen.rendition.layout.Gb9704.LEFT;
import static org.gongwen.rendition.layout.Gb9704.TYPE_RIGHT;
import static org.gongwen.rendition.layout.Gb9704.TYPE_WIDTH;

import java.util.ArrayList;
import java.util.List;

import org.gongwen.rendition.IssuedDocument;

/**
 * 署名, 成文日期 and 印章 of a sealed document (GB/T 9704 7.3.5.1, GB-SEAL-1, GB-DATE-1, GB-SIGNOFF-1). One organ:
 * the date four characters from the right, the 署名 centred above it, the seal centred on both with them a little
 * below its centre, its top within one line of the text above. 联合行文: the organs two a row in their order, a seal on
 * each 署名, rows far enough apart that seals never touch, the date under the last seal, which presses on both.
 */
final class SignOffLayout {

    /** Blank lines between the text above and the first 署名: the seal's top then lies 6.7 mm below that text. */
    private static final int LINES_ABOVE = 2;
    /** Grid lines from one row of 署名 to the next: 51 mm, more than a seal's 42 mm. */
    private static final int ROW_PITCH = 5;
    /** The seal's centre lies this far above the border between 署名 and 成文日期 (文字居印章中心偏下). */
    private static final double SEAL_RAISE = 3;
    private static final int COLUMNS = 2;

    private SignOffLayout() {
    }

    /** The sign-off as one block that keeps the last two lines of text with it. */
    static Flow.Block block(IssuedDocument doc) {
        List<String> organs = doc.issuingOrgans();
        int rows = (organs.size() + COLUMNS - 1) / COLUMNS;
        int height = LINES_ABOVE + (rows - 1) * ROW_PITCH + 2;
        return new Flow.Block(height, 2, start -> draw(doc, start));
    }

    private static List<Element> draw(IssuedDocument doc, int start) {
        List<Element> elements = new ArrayList<>();
        String date = ChineseDates.format(doc.documentDate());
        List<String> organs = doc.issuingOrgans();
        if (organs.size() == 1) {
            double dateX = TYPE_RIGHT - 4 * CHAR_PITCH - Typesetter.gridWidth(date);
            double centre = dateX + Typesetter.gridWidth(date) / 2;
            signature(elements, organs.get(0), centre, start + LINES_ABOVE);
            elements.add(Typesetter.gridRun(Role.DATE, date, dateX, start + LINES_ABOVE + 1, Face.FANGSONG));
            elements.add(seal(centre, start + LINES_ABOVE + 1, Gb9704.SEAL_RADIUS));
            return elements;
        }
        int columns = Math.min(COLUMNS, organs.size());
        double slot = TYPE_WIDTH / columns;
        double radius = Math.min(Gb9704.SEAL_RADIUS, slot / 2 - 2);
        int rows = (organs.size() + columns - 1) / columns;
        double lastCentre = 0;
        int lastLine = 0;
        for (int i = 0; i < organs.size(); i++) {
            int row = i / columns;
            int inRow = row == rows - 1 ? organs.size() - row * columns : columns;
            // a short last row keeps to the right, so that its last seal stands over the date
            int column = i % columns + (columns - inRow);
            double centre = LEFT + slot * (column + 0.5);
            int line = start + LINES_ABOVE + row * ROW_PITCH;
            signature(elements, organs.get(i), centre, line);
            elements.add(seal(centre, line + 1, radius));
            lastCentre = centre;
            lastLine = line;
        }
        double dateX = Math.min(lastCentre - Typesetter.gridWidth(date) / 2, TYPE_RIGHT - Typesetter.gridWidth(date));
        elements.add(Typesetter.gridRun(Role.DATE, date, dateX, lastLine + 1, Face.FANGSONG));
        return elements;
    }

    private static void signature(List<Element> elements, String organ, double centre, int line) {
        double width = Typesetter.gridWidth(organ);
        double x = Math.max(LEFT, Math.min(centre - width / 2, TYPE_RIGHT - width));
        elements.add(Typesetter.gridRun(Role.SIGNATURE, organ, x, line, Face.FANGSONG));
    }

    /** The seal over the border between the 署名 line and the line below it. */
    private static Circle seal(double centreX, int lineBelowSignature, double radius) {
        return new Circle(Role.SEAL, centreX, Gb9704.lineTop(lineBelowSignature) - SEAL_RAISE, radius,
                Gb9704.SEAL_STROKE, Colour.RED);
    }
}
