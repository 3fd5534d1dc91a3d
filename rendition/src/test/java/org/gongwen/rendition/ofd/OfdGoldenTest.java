package org.gongwen.rendition.ofd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.gongwen.rendition.Documents;
import org.gongwen.rendition.IssuedDocument;
import org.gongwen.rendition.Rendition;
import org.gongwen.rendition.Renditions;
import org.gongwen.rendition.fonts.FontSubsets;
import org.gongwen.rendition.layout.CharWidths;
import org.gongwen.rendition.layout.Page;
import org.gongwen.rendition.layout.Role;
import org.gongwen.rendition.layout.TextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.DeltaTool;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.keyword.KeywordExtractor;
import org.ofdrw.reader.keyword.KeywordPosition;

/** The OFD read back with ofdrw's reader: the elements' text in order and at the layout's places (±1 mm), fonts embedded. */
class OfdGoldenTest {

    private static final double TOLERANCE_MM = 1;
    private static final List<Role> HEAD_AND_BODY = List.of(Role.ORGAN_MARK, Role.DOCUMENT_NUMBER, Role.TITLE,
            Role.MAIN_RECIPIENTS, Role.BODY);
    private static final List<Role> LETTER = List.of(Role.ORGAN_MARK, Role.COPY_NUMBER, Role.URGENCY,
            Role.DOCUMENT_NUMBER, Role.TITLE, Role.MAIN_RECIPIENTS, Role.BODY, Role.SIGNATURE, Role.DATE, Role.NOTE,
            Role.COPY_TO);
    private static final List<Role> ORDER = List.of(Role.ORGAN_MARK, Role.ORDER_NUMBER, Role.BODY,
            Role.SIGNATURE_STAMP, Role.SIGNER_TITLE, Role.DATE);
    private static final List<Role> MINUTES = List.of(Role.ORGAN_MARK, Role.MINUTES_PERIOD, Role.DATE, Role.BODY,
            Role.ATTENDEES);

    private static final Renditions RENDITIONS = Documents.renditions();

    /** Each format of GB/T 9704: the general one (上行 and 下行 with 附件), 信函, 命令 and 纪要. */
    static Stream<Arguments> documents() {
        return Stream.of(Arguments.of("请示", Documents.qingshi(), HEAD_AND_BODY),
                Arguments.of("通知", Documents.tongzhi(), HEAD_AND_BODY),
                Arguments.of("函", Documents.han(), LETTER),
                Arguments.of("令", Documents.ling(), ORDER),
                Arguments.of("纪要", Documents.jiyao(), MINUTES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void ofd_shows_every_element_where_the_layout_put_it(String kind, IssuedDocument doc, List<Role> order)
            throws Exception {
        check(doc, order);
    }

    @Test
    void every_face_used_is_embedded_in_the_package() throws IOException {
        Rendition rendition = RENDITIONS.render(Documents.tongzhi());
        Map<String, byte[]> entries = entries(rendition.ofd());
        List<String> fontFiles = entries.keySet().stream().filter(n -> n.endsWith(".ttf")).toList();
        assertThat(fontFiles).hasSizeGreaterThanOrEqualTo(3);
        String resources = entries.entrySet().stream().filter(e -> e.getKey().endsWith("Res.xml"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).reduce("", String::concat);
        for (String file : fontFiles) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            assertThat(resources).as("a Font resource points at " + name).contains(name);
            assertThat(entries.get(file).length).as(name + " is a subset, not the whole font").isLessThan(2_000_000);
        }
    }

    @Test
    void letter_double_lines_and_seal_are_the_only_paths_its_colophon_has_no_rules() throws Exception {
        // four strokes of the two red double lines and the seal; the 信函's 版记 has no rules (GB/T 9704 10.1)
        assertThat(paths(RENDITIONS.render(Documents.han()))).hasSize(5);
    }

    @Test
    void rules_and_seals_are_stroked_lines_never_filled_shapes() throws Exception {
        List<PathObject> paths = paths(RENDITIONS.render(Documents.qingshi()));
        // red rule, seal, two 版记 rules
        assertThat(paths).hasSize(4);
        // an OFD path is stroked unless told otherwise: a filled shape would get a black outline
        assertThat(paths).allSatisfy(p -> {
            assertThat(p.getFill()).isNotEqualTo(Boolean.TRUE);
            assertThat(p.getStroke()).isNotEqualTo(Boolean.FALSE);
            assertThat(p.getDrawParam()).as("colour and width come from a DrawParam").isNotNull();
        });
    }

    private static List<PathObject> paths(Rendition rendition) throws IOException {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(rendition.ofd()))) {
            List<PathObject> paths = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                for (CT_Layer layer : reader.getPage(page).getContent().getLayers()) {
                    collectPaths(layer.getPageBlocks(), paths);
                }
            }
            return paths;
        }
    }

    private static void collectPaths(List<PageBlockType> blocks, List<PathObject> paths) {
        for (PageBlockType block : blocks) {
            if (block instanceof PathObject path) {
                paths.add(path);
            } else if (block instanceof CT_PageBlock nested) {
                collectPaths(nested.getPageBlocks(), paths);
            }
        }
    }

    @Test
    void minutes_head_reads_back_its_period_di_n_qi() throws Exception {
        // GB/T 9704 §10.3 纪要格式: the 期号 where other formats print the 发文字号
        Rendition rendition = RENDITIONS.render(Documents.jiyao());
        TextRun period = rendition.layout().page(1).texts(Role.MINUTES_PERIOD).get(0);
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(rendition.ofd()))) {
            String firstPage = String.join("", new ContentExtractor(reader).getPageContent(1));
            assertThat(firstPage).contains("第9期").doesNotContain("江民纪〔2026〕9号");
            assertThat(KeywordExtractor.getKeyWordPositionList(reader, "第9期", new int[] {1}))
                    .anySatisfy(p -> near(p.getBox(), period.x(), period.baseline()));
        }
    }

    private static void check(IssuedDocument doc, List<Role> order) throws Exception {
        Rendition rendition = RENDITIONS.render(doc);
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(rendition.ofd()))) {
            assertThat(reader.getNumberOfPages()).isEqualTo(rendition.layout().pageCount());
            ContentExtractor extractor = new ContentExtractor(reader);
            String firstPage = String.join("", extractor.getPageContent(1));
            int previous = -1;
            for (Role role : order) {
                String text = drawn(rendition.layout().page(1).texts(role).get(0).text());
                int at = firstPage.indexOf(text, previous + 1);
                assertThat(at).as(role + " after the element before it: " + text).isGreaterThan(previous);
                previous = at;
            }
            for (Page page : rendition.layout().pages()) {
                List<Glyph> glyphs = glyphs(extractor, page.number());
                for (TextRun run : page.texts()) {
                    for (int i = 0; i < run.text().length(); i++) {
                        char c = run.text().charAt(i);
                        if (!FontSubsets.drawn(c)) {
                            continue;
                        }
                        double x = run.xOf(i);
                        assertThat(glyphs).as("page %d: '%s' of %s at %.1f mm", page.number(), c, run, x)
                                .anyMatch(g -> g.c() == c && Math.abs(g.x() - x) <= TOLERANCE_MM
                                        && Math.abs(g.baseline() - run.baseline()) <= TOLERANCE_MM);
                    }
                    String keyword = firstStretch(run.text());
                    if (keyword.isEmpty()) {
                        continue;
                    }
                    int offset = run.text().indexOf(keyword);
                    List<KeywordPosition> positions = KeywordExtractor.getKeyWordPositionList(reader, keyword,
                            new int[] {page.number()});
                    assertThat(positions).as("page %d: %s", page.number(), run)
                            .anySatisfy(p -> near(p.getBox(), run.xOf(offset), run.baseline()));
                }
            }
        }
    }

    /** A character as the OFD places it: its text code's origin plus the DeltaX before it, in the object's boundary. */
    private record Glyph(char c, double x, double baseline) {
    }

    private static List<Glyph> glyphs(ContentExtractor extractor, int page) {
        List<Glyph> glyphs = new ArrayList<>();
        for (TextObject text : extractor.getPageTextObject(page)) {
            ST_Box boundary = text.getBoundary();
            for (TextCode code : text.getTextCodes()) {
                String content = code.getContent();
                List<Float> deltas = DeltaTool.getDelta(code.getDeltaX(), content.length());
                double x = boundary.getTopLeftX() + code.getX();
                for (int i = 0; i < content.length(); i++) {
                    glyphs.add(new Glyph(content.charAt(i), x, boundary.getTopLeftY() + code.getY()));
                    if (i < deltas.size()) {
                        x += deltas.get(i);
                    }
                }
            }
        }
        return glyphs;
    }

    private static void near(ST_Box box, double x, double baseline) {
        assertThat(Math.abs(box.getTopLeftX() - x)).isLessThanOrEqualTo(TOLERANCE_MM);
        assertThat(Math.abs(box.getTopLeftY() + box.getHeight() - baseline)).isLessThanOrEqualTo(TOLERANCE_MM);
    }

    /** The text as drawn: blanks are not drawn, they only move the pen. */
    private static String drawn(String text) {
        return text.replace(" ", "").replace("\u3000", "");
    }

    /**
     * The first stretch of drawn characters of one width (full or half): the writer draws each such stretch as one
     * text object.
     */
    private static String firstStretch(String text) {
        int start = 0;
        while (start < text.length() && !FontSubsets.drawn(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && FontSubsets.drawn(text.charAt(end))
                && CharWidths.halfWidth(text.charAt(end)) == CharWidths.halfWidth(text.charAt(start))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

}
