package org.gongwen.rendition.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dom4j.DocumentException;
import org.dom4j.Node;
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
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.pageDescription.color.color.CT_Color;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.layout.element.canvas.DrawContext;
import org.ofdrw.layout.element.canvas.FontSetting;

/**
 * Writes a {@link DocumentLayout} as OFD (GB/T 33190) with ofdrw's layout API: each page one canvas of the page's
 * size, text drawn with {@code fillText} at the layout's positions, each face's subset font embedded in the package.
 */
public final class OfdRenditionWriter {

    private static final int BOLD_WEIGHT = 800;
    /** Stroke width of the heavier face drawn from a regular font, as a share of the em (as in the PDF). */
    private static final double BOLD_STROKE = 0.025;

    private OfdRenditionWriter() {
    }

    public static byte[] write(DocumentLayout layout, FontSubsets fonts, DocumentInfo info) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OFDDoc ofd = new OFDDoc(out)) {
                ofd.getOfdDir().getOfd().getDocBody().getDocInfo().setTile(info.title()).setAuthor(info.author())
                        .setSubject(info.subject()).setCreationDate(info.created().toLocalDate())
                        .setCreator("gongwen rendition (ofdrw)");
                Map<Face, Font> faces = fontFiles(fonts, ofd);
                PageLayout a4 = new PageLayout(Gb9704.PAGE_WIDTH, Gb9704.PAGE_HEIGHT);
                a4.setMargin(0d);
                ofd.setDefaultPageLayout(a4);
                for (Page page : layout.pages()) {
                    VirtualPage virtualPage = new VirtualPage(a4);
                    Canvas canvas = new Canvas(0, 0, Gb9704.PAGE_WIDTH, Gb9704.PAGE_HEIGHT);
                    canvas.setDrawer(ctx -> {
                        for (Element element : page.elements()) {
                            draw(ctx, canvas.getPreferBlock(), element, faces);
                        }
                    });
                    virtualPage.add(canvas);
                    ofd.addVPage(virtualPage);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("ofdrw could not read the package it is writing", e);
        }
    }

    /**
     * Each face's subset written straight into the package's resource folder (Doc_0/Res, ofdrw's work directory),
     * under the name ofdrw would copy it to. ofdrw adds the font again for every {@code fillText}, and it then
     * compares the file it is given with the one already in the package byte for byte, unless they are the same file:
     * so they are.
     */
    private static Map<Face, Font> fontFiles(FontSubsets fonts, OFDDoc ofd) throws IOException {
        Path res = Path.of(ofd.getOfdDir().obtainDocDefault().obtainRes().getSysAbsPath());
        Map<Face, Font> faces = new EnumMap<>(Face.class);
        for (Face face : fonts.faces()) {
            Path file = res.resolve(face.name().toLowerCase() + ".ttf");
            Files.write(file, fonts.subset(face));
            faces.put(face, new SubsetFont(fonts.name(face) + "-" + face.name(), fonts.name(face), file));
        }
        return faces;
    }

    private static void draw(DrawContext ctx, CT_PageBlock block, Element element, Map<Face, Font> faces)
            throws IOException {
        if (element instanceof TextRun run) {
            text(ctx, block, run, faces.get(run.face()));
        } else if (element instanceof Rule rule) {
            // a stroked line, not fillRect: ofdrw leaves that path's Stroke unset, which OFD reads as stroked in
            // black around the red fill
            Colour c = rule.colour();
            ctx.beginPath();
            ctx.setStrokeColor(c.red(), c.green(), c.blue());
            ctx.setLineWidth(rule.thickness());
            ctx.moveTo(rule.x1(), rule.y());
            ctx.lineTo(rule.x2(), rule.y());
            ctx.stroke();
        } else if (element instanceof Circle circle) {
            Colour c = circle.colour();
            ctx.beginPath();
            ctx.setStrokeColor(c.red(), c.green(), c.blue());
            ctx.setLineWidth(circle.stroke());
            ctx.arc(circle.centreX(), circle.centreY(), circle.radius(), 0, 360);
            ctx.stroke();
        }
    }

    /**
     * One {@code fillText} per stretch of drawn characters (blanks only move the pen). ofdrw spaces the characters by
     * their measure plus a letter spacing it clamps at zero, while the grid is narrower than a 3号 em (156/28 mm <
     * 16 pt): so the text code's DeltaX is then set to the layout's advances.
     */
    private static void text(DrawContext ctx, CT_PageBlock block, TextRun run, Font font) throws IOException {
        fill(ctx, run.colour());
        FontSetting setting = new FontSetting(run.size(), font);
        if (run.bold()) {
            setting.setFontWeight(BOLD_WEIGHT);
        }
        ctx.setFont(setting);
        String text = run.text();
        int start = 0;
        while (start < text.length()) {
            if (!FontSubsets.drawn(text.charAt(start))) {
                start++;
                continue;
            }
            int end = start + 1;
            while (end < text.length() && FontSubsets.drawn(text.charAt(end))) {
                end++;
            }
            ctx.fillText(text.substring(start, end), run.xOf(start), run.baseline());
            TextObject drawn = lastText(block);
            if (end - start > 1) {
                Double[] deltas = new Double[end - start - 1];
                for (int i = 0; i < deltas.length; i++) {
                    deltas[i] = run.advance(start + i);
                }
                drawn.getTextCodes().get(0).setDeltaX(deltas);
            }
            if (run.bold()) {
                // as in the PDF: the outline stroked too, for readers that do not embolden by Weight
                Colour c = run.colour();
                drawn.setStroke(true);
                drawn.setStrokeColor(CT_Color.rgb(c.red(), c.green(), c.blue()));
                drawn.setLineWidth(run.size() * BOLD_STROKE);
            }
            start = end;
        }
    }

    /**
     * The text object {@code fillText} has just added to the canvas's block: its last node (a block's
     * {@code getPageBlocks()} would wrap every object drawn so far, each time).
     */
    private static TextObject lastText(CT_PageBlock block) {
        List<Node> drawn = block.content();
        return (TextObject) PageBlockType.getInstance((org.dom4j.Element) drawn.get(drawn.size() - 1));
    }

    private static void fill(DrawContext ctx, Colour c) {
        ctx.setFillColor(c.red(), c.green(), c.blue());
    }
}
