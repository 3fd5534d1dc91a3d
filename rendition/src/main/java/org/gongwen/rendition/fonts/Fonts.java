package org.gongwen.rendition.fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.gongwen.rendition.layout.Face;

/**
 * The font file behind each {@link Face}, found on the file system (never bundled in the jar) and cut down to the
 * characters a document uses, for both writers to embed.
 *
 * <p>Only TrueType outlines (glyf) will do: PDFBox 3 cannot embed the CFF outlines of fonts-noto-cjk, and OFD readers
 * expect TrueType too. Free Chinese fonts in Debian have no 仿宋 or 小标宋: 仿宋 and 宋体 are set in AR PL UMing (a 明体,
 * the nearest free face), 小标宋 in the same face drawn heavier, 楷体 in AR PL UKai, 黑体 in WenQuanYi Zen Hei. An office
 * with licensed faces points {@code GONGWEN_FONT_<FACE>} (e.g. {@code GONGWEN_FONT_FANGSONG}) at their files; a
 * collection (.ttc) takes the family after a '#': {@code /path/simfang.ttc#FangSong}.
 */
public final class Fonts implements AutoCloseable {

    /** Where Debian installs a face, the family inside the collection, and the package that installs it. */
    public record Source(Path file, String family, String debianPackage) {
    }

    private static final Path ARPHIC = Path.of("/usr/share/fonts/truetype/arphic");
    private static final Source UMING = new Source(ARPHIC.resolve("uming.ttc"), "AR PL UMing CN", "fonts-arphic-uming");
    private static final Source UKAI = new Source(ARPHIC.resolve("ukai.ttc"), "AR PL UKai CN", "fonts-arphic-ukai");
    private static final Source ZENHEI = new Source(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            "WenQuanYi Zen Hei", "fonts-wqy-zenhei");

    /**
     * What a subset keeps: outlines, metrics, the character map and the names. Hinting programs (fpgm, prep, cvt)
     * are dropped: AR PL UMing's are megabytes, and glyphs printed or shown at these sizes do not need them.
     */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "maxp", "OS/2", "name", "post", "cmap",
            "glyf", "loca", "hmtx");

    private final Map<Face, Source> sources;
    private final Map<Source, TrueTypeFont> loaded = new HashMap<>();
    private final List<AutoCloseable> open = new ArrayList<>();

    private Fonts(Map<Face, Source> sources) {
        this.sources = sources;
    }

    /** The Debian faces, each replaced by the file named in {@code GONGWEN_FONT_<FACE>} when that is set. */
    public static Fonts system() {
        return fromEnvironment(System::getenv);
    }

    static Fonts fromEnvironment(Function<String, String> environment) {
        Map<Face, Source> sources = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            Source source = defaultSource(face);
            String override = environment.apply("GONGWEN_FONT_" + face.name());
            if (override != null && !override.isBlank()) {
                String[] parts = override.split("#", 2);
                source = new Source(Path.of(parts[0]), parts.length > 1 ? parts[1] : null, "GONGWEN_FONT_" + face);
            }
            sources.put(face, source);
        }
        return new Fonts(sources);
    }

    static Source defaultSource(Face face) {
        return switch (face) {
            case FANGSONG, SONGTI, XIAOBIAOSONG -> UMING;
            case KAITI -> UKAI;
            case HEITI -> ZENHEI;
        };
    }

    public Source source(Face face) {
        return sources.get(face);
    }

    /** A name for the face's font in a document: its family without blanks. */
    public synchronized String fontName(Face face) {
        try {
            return font(face).getName().replace(" ", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the face's font has a glyph for the character. */
    public synchronized boolean covers(Face face, int codePoint) {
        try {
            CmapLookup cmap = font(face).getUnicodeCmapLookup();
            return cmap != null && cmap.getGlyphId(codePoint) != 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A standalone TrueType font holding only {@code codePoints} of the face (plus .notdef): what both writers embed.
     *
     * @throws MissingFontException when the face's file is missing or lacks one of the characters
     */
    public synchronized byte[] subset(Face face, Set<Integer> codePoints) {
        try {
            TrueTypeFont font = font(face);
            for (int codePoint : codePoints) {
                if (!Character.isWhitespace(codePoint) && !covers(face, codePoint)) {
                    throw new MissingFontException("The font for " + face + " (" + sources.get(face).file()
                            + ") has no glyph for '" + Character.toString(codePoint) + "' (U+"
                            + Integer.toHexString(codePoint).toUpperCase() + ").");
                }
            }
            TTFSubsetter subsetter = new TTFSubsetter(font, KEPT_TABLES);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TrueTypeFont font(Face face) throws IOException {
        Source source = sources.get(face);
        TrueTypeFont cached = loaded.get(source);
        if (cached != null) {
            return cached;
        }
        if (!Files.isRegularFile(source.file())) {
            throw new MissingFontException("No font for " + face + ": " + source.file() + " is missing. Install it with "
                    + "'apt-get install -y " + source.debianPackage() + "', or point GONGWEN_FONT_" + face.name()
                    + " at a TrueType font file.");
        }
        TrueTypeFont font = load(source);
        loaded.put(source, font);
        return font;
    }

    private TrueTypeFont load(Source source) throws IOException {
        String name = source.file().getFileName().toString().toLowerCase();
        if (!name.endsWith(".ttc")) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(source.file().toFile()));
            open.add(font);
            return font;
        }
        TrueTypeCollection collection = new TrueTypeCollection(source.file().toFile());
        open.add(collection);
        List<TrueTypeFont> found = new ArrayList<>();
        List<String> families = new ArrayList<>();
        collection.processAllFonts(font -> {
            String family = font.getNaming() == null ? null : font.getNaming().getFontFamily();
            families.add(family);
            if (found.isEmpty() && (source.family() == null || source.family().equals(family))) {
                found.add(font);
            }
        });
        return found.stream().findFirst().orElseThrow(() -> new MissingFontException("No family '" + source.family()
                + "' in " + source.file() + "; it holds " + families + "."));
    }

    /** Fonts a document needs that are not installed: one message per missing file, empty when all are there. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        sources.forEach((face, source) -> {
            if (!Files.isRegularFile(source.file())) {
                missing.add(face + ": " + source.file() + " (apt-get install -y " + source.debianPackage() + ")");
            }
        });
        return missing;
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable closeable : open) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing a read-only font file cannot lose data
            }
        }
        open.clear();
        loaded.clear();
    }
}
