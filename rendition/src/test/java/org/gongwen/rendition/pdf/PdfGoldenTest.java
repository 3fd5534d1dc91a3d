package org.gongwen.rendition.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.gongwen.rendition.Documents;
import org.gongwen.rendition.IssuedDocument;
import org.gongwen.rendition.Rendition;
import org.gongwen.rendition.Renditions;
import org.gongwen.rendition.layout.Gb9704;
import org.gongwen.rendition.layout.Page;
import org.gongwen.rendition.layout.Role;
import org.gongwen.rendition.layout.TextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF read back with PDFBox: every character of the layout found at its place (±1 mm), the elements in their
 * order down the page, fonts embedded, PDF/A-2b identified. Also renders page 1 as PNG (target/screenshots, or the
 * directory in -Dgongwen.screenshots).
 */
class PdfGoldenTest {

    private static final double TOLERANCE_MM = 1;
    private static final List<Role> QINGSHI_ORDER = List.of(Role.ORGAN_MARK, Role.DOCUMENT_NUMBER, Role.TITLE,
            Role.MAIN_RECIPIENTS, Role.BODY, Role.PAGE_NUMBER);
    private static final List<Role> TONGZHI_ORDER = List.of(Role.COPY_NUMBER, Role.SECRECY, Role.URGENCY,
            Role.ORGAN_MARK, Role.DOCUMENT_NUMBER, Role.TITLE, Role.MAIN_RECIPIENTS, Role.BODY, Role.PAGE_NUMBER);
    /** 信函格式: the mark above the double line, 份号 and 紧急程度 under it, no 页码 on page 1, 抄送 at its foot. */
    private static final List<Role> HAN_ORDER = List.of(Role.ORGAN_MARK, Role.COPY_NUMBER, Role.URGENCY, Role.TITLE,
            Role.MAIN_RECIPIENTS, Role.BODY, Role.SIGNATURE, Role.DATE, Role.NOTE, Role.COPY_TO);
    /** 命令格式: mark, 令号, body, the 签名章, the date. */
    private static final List<Role> LING_ORDER = List.of(Role.ORGAN_MARK, Role.ORDER_NUMBER, Role.BODY,
            Role.SIGNATURE_STAMP, Role.DATE, Role.PAGE_NUMBER);
    /** 纪要格式: mark, 期号 (第N期) and date, body, the attendance lists. */
    private static final List<Role> JIYAO_ORDER = List.of(Role.ORGAN_MARK, Role.MINUTES_PERIOD, Role.BODY,
            Role.ATTENDEES, Role.PAGE_NUMBER);

    private static final Renditions RENDITIONS = Documents.renditions();

    /** Each format of GB/T 9704: the general one (上行 and 下行 with 附件), 信函, 命令 and 纪要. */
    static Stream<Arguments> documents() {
        return Stream.of(Arguments.of("请示", Documents.qingshi(), QINGSHI_ORDER, "rendition-qingshi-p1.png"),
                Arguments.of("通知", Documents.tongzhi(), TONGZHI_ORDER, "rendition-tongzhi-p1.png"),
                Arguments.of("函", Documents.han(), HAN_ORDER, "rendition-han-p1.png"),
                Arguments.of("令", Documents.ling(), LING_ORDER, "rendition-ling-p1.png"),
                Arguments.of("纪要", Documents.jiyao(), JIYAO_ORDER, "rendition-jiyao-p1.png"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void pdf_shows_every_element_where_the_layout_put_it(String kind, IssuedDocument doc, List<Role> order,
                                                         String screenshot) throws IOException {
        check(doc, order, screenshot);
    }

    @Test
    void fonts_are_embedded_and_the_file_identifies_itself_as_pdfa_2b() throws Exception {
        Rendition rendition = RENDITIONS.render(Documents.tongzhi());
        try (PDDocument pdf = Loader.loadPDF(rendition.pdf())) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                            .as(font.getName()).isNotNull();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
            XMPMetadata xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().exportXMPMetadata());
            PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
            assertThat(id.getPart()).isEqualTo(2);
            assertThat(id.getConformance()).isEqualTo("B");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(intent -> assertThat(intent.getOutputConditionIdentifier()).contains("sRGB"));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(Documents.tongzhi().title());
        }
    }

    @Test
    void minutes_head_reads_back_its_period_di_n_qi_where_other_formats_have_the_document_number() throws IOException {
        // GB/T 9704 §10.3 纪要格式: 第N期 in the head, one character in from the left, on the date's line
        Rendition rendition = RENDITIONS.render(Documents.jiyao());
        try (PDDocument pdf = Loader.loadPDF(rendition.pdf())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String text = stripper.getText(pdf).replaceAll("\\s", "");
            assertThat(text).contains("第9期").doesNotContain("江民纪〔2026〕9号");
            TextRun period = rendition.layout().page(1).texts(Role.MINUTES_PERIOD).get(0);
            TextRun date = rendition.layout().page(1).texts(Role.DATE).get(0);
            assertThat(period.text()).isEqualTo("第9期");
            assertThat(period.x()).isEqualTo(Gb9704.LEFT + Gb9704.CHAR_PITCH);
            assertThat(period.baseline()).isEqualTo(date.baseline());
            assertThat(at(positions(pdf, 1), '第', period.x(), period.baseline())).isNotNull();
        }
    }

    @Test
    void the_same_document_gives_the_same_pdf() {
        assertThat(RENDITIONS.pdf(Documents.qingshi())).isEqualTo(RENDITIONS.pdf(Documents.qingshi()));
    }

    private static void check(IssuedDocument doc, List<Role> order, String screenshot) throws IOException {
        Rendition rendition = RENDITIONS.render(doc);
        try (PDDocument pdf = Loader.loadPDF(rendition.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(rendition.layout().pageCount());
            for (Page page : rendition.layout().pages()) {
                List<TextPosition> found = positions(pdf, page.number());
                for (TextRun run : page.texts()) {
                    for (int i = 0; i < run.text().length(); i++) {
                        char c = run.text().charAt(i);
                        if (Character.isWhitespace(c) || c == '\u3000') {
                            continue;
                        }
                        assertThat(at(found, c, run.xOf(i), run.baseline()))
                                .as("page %d: '%s' of %s at %.1f, %.1f mm", page.number(), c, run, run.xOf(i),
                                        run.baseline())
                                .isNotNull();
                    }
                }
            }
            List<TextPosition> first = positions(pdf, 1);
            double previous = 0;
            for (Role role : order) {
                TextRun run = rendition.layout().page(1).texts(role).get(0);
                TextPosition position = at(first, run.text().charAt(0), run.x(), run.baseline());
                double y = position.getYDirAdj() / POINTS_PER_MM;
                assertThat(y).as(role + " below the one before").isGreaterThan(previous);
                previous = y;
            }
            screenshot(pdf, screenshot);
        }
    }

    private static final double POINTS_PER_MM = 72 / 25.4;

    private static TextPosition at(List<TextPosition> positions, char c, double x, double baseline) {
        for (TextPosition p : positions) {
            if (p.getUnicode().equals(String.valueOf(c))
                    && Math.abs(p.getXDirAdj() / POINTS_PER_MM - x) <= TOLERANCE_MM
                    && Math.abs(p.getYDirAdj() / POINTS_PER_MM - baseline) <= TOLERANCE_MM) {
                return p;
            }
        }
        return null;
    }

    private static List<TextPosition> positions(PDDocument pdf, int page) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                positions.add(text);
                super.processTextPosition(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return positions;
    }

    private static void screenshot(PDDocument pdf, String name) throws IOException {
        Path directory = Path.of(System.getProperty("gongwen.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
        ImageIO.write(image, "png", directory.resolve(name).toFile());
        assertThat(image.getWidth()).isCloseTo((int) Math.round(Gb9704.PAGE_WIDTH / 25.4 * 100),
                org.assertj.core.api.Assertions.within(2));
    }
}
