package org.gongwen.rendition.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.gongwen.rendition.DocumentInfo;
import org.gongwen.rendition.fonts.FontSubsets;
import org.gongwen.rendition.layout.Circle;
import org.gongwen.rendition.layout.Colour;
import org.gongwen.rendition.layout.DocumentLayout;
import org.gongwen.rendition.layout.Element;
import org.gongwen.rendition.layout.Face;
import org.gongwen.rendition.layout.Gb9704;
import org.gongwen.rendition.layout.Page;
import org.gongwen.rendition.layout.Rule;
import org.gongwen.rendition.layout.TextRun;

/**
 * Writes a {@link DocumentLayout} as PDF/A-2b with Apache PDFBox: every face embedded as a subset, every glyph at the
 * position the layout gives it, XMP with the PDF/A identification and an sRGB output intent ({@link PdfA}).
 */
public final class PdfRenditionWriter {

    private static final float POINTS_PER_MM = (float) (72 / 25.4);
    /** Stroke width of the heavier face drawn from a regular font, as a share of the em. */
    private static final float BOLD_STROKE = 0.025f;
    /** Kappa: control point distance of a quarter circle drawn as a Bézier curve. */
    private static final float KAPPA = 0.5522848f;

    private PdfRenditionWriter() {
    }

    public static byte[] write(DocumentLayout layout, FontSubsets fonts, DocumentInfo info) {
        try (PDDocument pdf = new PDDocument()) {
            Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);
            for (Face face : fonts.faces()) {
                loaded.put(face, PDType0Font.load(pdf, new ByteArrayInputStream(fonts.subset(face)), true));
            }
            for (Page page : layout.pages()) {
                PDPage pdfPage = new PDPage(new PDRectangle(mm(Gb9704.PAGE_WIDTH), mm(Gb9704.PAGE_HEIGHT)));
                pdf.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
                    for (Element element : page.elements()) {
                        draw(content, element, loaded);
                    }
                }
            }
            PdfA.mark(pdf, info);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PDPageContentStream content, Element element, Map<Face, PDType0Font> fonts)
            throws IOException {
        if (element instanceof TextRun run) {
            text(content, run, fonts.get(run.face()));
        } else if (element instanceof Rule rule) {
            colour(content, rule.colour());
            content.addRect(mm(rule.x1()), y(rule.y() + rule.thickness() / 2), mm(rule.x2() - rule.x1()),
                    mm(rule.thickness()));
            content.fill();
        } else if (element instanceof Circle circle) {
            circle(content, circle);
        }
    }

    /** One TJ: each glyph followed by the shift that turns its own width into the layout's advance. */
    private static void text(PDPageContentStream content, TextRun run, PDType0Font font) throws IOException {
        float size = mm(run.size());
        colour(content, run.colour());
        content.beginText();
        content.setFont(font, size);
        if (run.bold()) {
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setLineWidth(size * BOLD_STROKE);
        } else {
            content.setRenderingMode(RenderingMode.FILL);
        }
        content.newLineAtOffset(mm(run.x()), y(run.baseline()));
        List<Object> glyphs = new ArrayList<>();
        float pending = 0;
        for (int i = 0; i < run.text().length(); i++) {
            char c = run.text().charAt(i);
            float advance = mm(run.advance(i));
            if (!FontSubsets.drawn(c)) {
                pending += advance;
                continue;
            }
            if (pending != 0) {
                glyphs.add(-pending / size * 1000);
                pending = 0;
            }
            String glyph = String.valueOf(c);
            glyphs.add(glyph);
            float natural = font.getStringWidth(glyph) / 1000 * size;
            glyphs.add(-(advance - natural) / size * 1000);
        }
        if (!glyphs.isEmpty()) {
            content.showTextWithPositioning(glyphs.toArray());
        }
        content.endText();
    }

    private static void circle(PDPageContentStream content, Circle circle) throws IOException {
        float cx = mm(circle.centreX());
        float cy = y(circle.centreY());
        float r = mm(circle.radius());
        float k = r * KAPPA;
        Colour c = circle.colour();
        content.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        content.setLineWidth(mm(circle.stroke()));
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.closeAndStroke();
    }

    private static void colour(PDPageContentStream content, Colour c) throws IOException {
        content.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        content.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
    }

    private static float mm(double millimetres) {
        return (float) millimetres * POINTS_PER_MM;
    }

    /** PDF's y grows upwards from the page's bottom. */
    private static float y(double fromTop) {
        return mm(Gb9704.PAGE_HEIGHT - fromTop);
    }
}
