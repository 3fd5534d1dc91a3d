package org.gongwen.rendition.fonts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

import org.gongwen.rendition.layout.DocumentLayout;
import org.gongwen.rendition.layout.Element;
import org.gongwen.rendition.layout.Face;
import org.gongwen.rendition.layout.Page;
import org.gongwen.rendition.layout.TextRun;

/**
 * A character the face's font lacks (a rare character in a name, say) is drawn in the first face whose font has it,
 * at the same place: the run is split around it. Only when no face has it does rendering fail, naming the character.
 */
public final class FontFallback {

    /** The order in which faces stand in for one another: the broadest coverage first. */
    private static final List<Face> ORDER = List.of(Face.HEITI, Face.FANGSONG, Face.KAITI);

    private FontFallback() {
    }

    public static DocumentLayout apply(DocumentLayout layout, BiPredicate<Face, Integer> covers) {
        List<Page> pages = new ArrayList<>();
        for (Page page : layout.pages()) {
            List<Element> elements = new ArrayList<>();
            for (Element element : page.elements()) {
                if (element instanceof TextRun run) {
                    elements.addAll(split(run, covers));
                } else {
                    elements.add(element);
                }
            }
            pages.add(new Page(page.number(), elements, page.pageNumber()));
        }
        return new DocumentLayout(pages);
    }

    private static List<TextRun> split(TextRun run, BiPredicate<Face, Integer> covers) {
        String text = run.text();
        Face[] faces = new Face[text.length()];
        boolean changed = false;
        for (int i = 0; i < text.length(); i++) {
            faces[i] = faceFor(run.face(), text.charAt(i), covers);
            changed |= faces[i] != run.face();
        }
        if (!changed) {
            return List.of(run);
        }
        List<TextRun> runs = new ArrayList<>();
        double[] advances = run.advances();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || faces[i] != faces[start]) {
                runs.add(new TextRun(run.role(), text.substring(start, i), run.xOf(start), run.baseline(), run.size(),
                        faces[start], run.colour(), run.bold(), Arrays.copyOfRange(advances, start, i)));
                start = i;
            }
        }
        return runs;
    }

    private static Face faceFor(Face face, char c, BiPredicate<Face, Integer> covers) {
        if (!FontSubsets.drawn(c) || covers.test(face, (int) c)) {
            return face;
        }
        for (Face other : ORDER) {
            if (covers.test(other, (int) c)) {
                return other;
            }
        }
        throw new MissingFontException("No installed font has '" + c + "' (U+"
                + Integer.toHexString(c).toUpperCase() + "), needed for " + face + ".");
    }
}
