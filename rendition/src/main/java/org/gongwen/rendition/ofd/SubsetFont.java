package org.gongwen.rendition.ofd;

import java.nio.file.Path;
import java.util.Arrays;

import org.ofdrw.font.Font;

/**
 * A face's subset as ofdrw embeds it, without the {@code java.awt.Font} that ofdrw's own constructor parses from the
 * file. ofdrw uses that parsed font only to measure glyphs for a text code's DeltaX, and the writer replaces every
 * DeltaX with the layout's advances (a one-character code has none): so the measure is answered from a flat table
 * instead, and what ends up in the package is the same.
 */
final class SubsetFont extends Font {

    /** ofdrw reads this table for printable ASCII and 1 em for any other character; the values are never drawn. */
    private static final double[] ONE_EM = new double[95];

    static {
        Arrays.fill(ONE_EM, 1d);
    }

    private final Path file;

    SubsetFont(String name, String familyName, Path file) {
        super(name, familyName);
        this.file = file;
        setPrintableAsciiWidthMap(ONE_EM);
    }

    @Override
    public Path getFontFile() {
        return file;
    }

    @Override
    public String getFontFileName() {
        return file.getFileName().toString();
    }
}
