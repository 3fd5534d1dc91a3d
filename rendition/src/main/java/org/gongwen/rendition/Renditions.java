package org.gongwen.rendition;

import org.gongwen.rendition.fonts.FontFallback;
import org.gongwen.rendition.fonts.FontSubsets;
import org.gongwen.rendition.fonts.Fonts;
import org.gongwen.rendition.layout.DocumentLayout;
import org.gongwen.rendition.layout.GbT9704Layout;
import org.gongwen.rendition.ofd.OfdRenditionWriter;
import org.gongwen.rendition.pdf.PdfRenditionWriter;

/**
 * The entry point: an issued document in, its GB/T 9704 layout as PDF/A-2b and OFD out. Thread-safe; keep one per
 * process (it holds the parsed font files) and close it at shutdown.
 */
public final class Renditions implements AutoCloseable {

    private final Fonts fonts;

    public Renditions(Fonts fonts) {
        this.fonts = fonts;
    }

    /** With the fonts installed on this machine (see {@link Fonts#system()}). */
    public static Renditions withSystemFonts() {
        return new Renditions(Fonts.system());
    }

    public Rendition render(IssuedDocument doc) {
        DocumentLayout layout = layOut(doc);
        FontSubsets subsets = FontSubsets.of(layout, fonts);
        DocumentInfo info = info(doc);
        return new Rendition(layout, PdfRenditionWriter.write(layout, subsets, info),
                OfdRenditionWriter.write(layout, subsets, info));
    }

    public byte[] pdf(IssuedDocument doc) {
        DocumentLayout layout = layOut(doc);
        return PdfRenditionWriter.write(layout, FontSubsets.of(layout, fonts), info(doc));
    }

    public byte[] ofd(IssuedDocument doc) {
        DocumentLayout layout = layOut(doc);
        return OfdRenditionWriter.write(layout, FontSubsets.of(layout, fonts), info(doc));
    }

    /** The GB/T 9704 layout, with characters a face's font lacks given to a face that has them. */
    public DocumentLayout layOut(IssuedDocument doc) {
        return FontFallback.apply(GbT9704Layout.layOut(doc), fonts::covers);
    }

    static DocumentInfo info(IssuedDocument doc) {
        return new DocumentInfo(doc.title(), doc.issuingOrgans().get(0), doc.documentNumber(),
                doc.documentDate().atStartOfDay(IssuedDocuments.OFFICE_ZONE));
    }

    /**
     * Lets go of the parsed font files (≈ 130 MB of heap for the three Debian faces: fontbox holds each file in memory)
     * until the next render parses them again (≈ 0.3 s).
     */
    public void releaseFonts() {
        fonts.close();
    }

    @Override
    public void close() {
        fonts.close();
    }
}
