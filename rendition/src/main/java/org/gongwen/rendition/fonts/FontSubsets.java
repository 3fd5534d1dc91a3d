package org.gongwen.rendition.fonts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gongwen.rendition.layout.DocumentLayout;
import org.gongwen.rendition.layout.Face;
import org.gongwen.rendition.layout.Page;
import org.gongwen.rendition.layout.TextRun;

/** For each face a layout uses, a TrueType font cut down to its characters: what a writer embeds. */
public final class FontSubsets {

    private final Map<Face, byte[]> subsets;
    private final Map<Face, String> names;

    private FontSubsets(Map<Face, byte[]> subsets, Map<Face, String> names) {
        this.subsets = subsets;
        this.names = names;
    }

    public static FontSubsets of(DocumentLayout layout, Fonts fonts) {
        Map<Face, Set<Integer>> used = new EnumMap<>(Face.class);
        for (Page page : layout.pages()) {
            for (TextRun run : page.texts()) {
                Set<Integer> codePoints = used.computeIfAbsent(run.face(), f -> new TreeSet<>());
                run.text().codePoints().filter(c -> !Character.isWhitespace(c) && c != 0x3000)
                        .forEach(codePoints::add);
            }
        }
        Map<Face, byte[]> subsets = new EnumMap<>(Face.class);
        Map<Face, String> names = new EnumMap<>(Face.class);
        used.forEach((face, codePoints) -> {
            subsets.put(face, fonts.subset(face, codePoints));
            names.put(face, fonts.fontName(face));
        });
        return new FontSubsets(subsets, names);
    }

    /** Whether a character is drawn at all: blanks only move the pen. */
    public static boolean drawn(char c) {
        return !Character.isWhitespace(c) && c != 0x3000;
    }

    public Set<Face> faces() {
        return Collections.unmodifiableSet(subsets.keySet());
    }

    public byte[] subset(Face face) {
        return subsets.get(face).clone();
    }

    /** The font's own name (no blanks). */
    public String name(Face face) {
        return names.get(face);
    }
}
