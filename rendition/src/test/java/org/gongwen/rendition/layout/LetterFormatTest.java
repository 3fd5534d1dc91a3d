package org.gongwen.rendition.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.gongwen.rendition.Documents;
import org.gongwen.rendition.IssuedDocument;
import org.junit.jupiter.api.Test;

/** 信函格式 (GB/T 9704 10.1, reference.md §2.3) for 函. */
class LetterFormatTest {

    private static final DocumentLayout HAN = GbT9704Layout.layOut(Documents.han());

    @Test
    void a_han_takes_the_letter_format_and_the_other_kinds_theirs() {
        assertThat(DocumentFormat.of("函")).isEqualTo(DocumentFormat.LETTER);
        assertThat(DocumentFormat.of("命令")).isEqualTo(DocumentFormat.ORDER);
        assertThat(DocumentFormat.of("令")).isEqualTo(DocumentFormat.ORDER);
        assertThat(DocumentFormat.of("纪要")).isEqualTo(DocumentFormat.MINUTES);
        assertThat(DocumentFormat.of("通知")).isEqualTo(DocumentFormat.GENERAL);
        assertThat(DocumentFormat.of(null)).isEqualTo(DocumentFormat.GENERAL);
    }

    @Test
    void letter_mark_is_the_lead_organ_alone_red_centred_30_mm_below_the_page_top() {
        IssuedDocument joint = Documents.han().withOrgans(List.of("江城市民政局", "江城市财政局"), List.of("王强", "李明"));
        for (DocumentLayout layout : List.of(HAN, GbT9704Layout.layOut(joint))) {
            List<TextRun> marks = layout.page(1).texts(Role.ORGAN_MARK);
            assertThat(marks).singleElement().satisfies(mark -> {
                assertThat(mark.text()).isEqualTo("江城市民政局");
                assertThat(mark.colour()).isEqualTo(Colour.RED);
                assertThat(mark.emTop()).isCloseTo(30, within(1e-9));
                assertThat((mark.x() + mark.right()) / 2).isCloseTo(Gb9704.LEFT + Gb9704.TYPE_WIDTH / 2, within(1e-6));
            });
        }
    }

    @Test
    void red_double_lines_170_mm_thick_over_thin_4_mm_below_the_mark_and_thin_over_thick_20_mm_above_the_page_bottom() {
        Page first = HAN.page(1);
        List<Rule> rules = first.elements(Role.DOUBLE_RULE).stream().map(Rule.class::cast).toList();
        assertThat(rules).hasSize(4).allSatisfy(rule -> {
            assertThat(rule.colour()).isEqualTo(Colour.RED);
            assertThat(rule.x2() - rule.x1()).isCloseTo(170, within(1e-9));
            assertThat((rule.x1() + rule.x2()) / 2).isCloseTo(Gb9704.LEFT + Gb9704.TYPE_WIDTH / 2, within(1e-9));
        });
        TextRun mark = first.texts(Role.ORGAN_MARK).get(0);
        Rule topThick = rules.get(0);
        Rule topThin = rules.get(1);
        assertThat(topThick.y() - topThick.thickness() / 2 - (mark.emTop() + mark.size())).isCloseTo(4, within(1e-9));
        assertThat(topThick.thickness()).isGreaterThan(topThin.thickness());
        assertThat(topThin.y()).isGreaterThan(topThick.y());
        Rule bottomThin = rules.get(2);
        Rule bottomThick = rules.get(3);
        assertThat(bottomThick.thickness()).isGreaterThan(bottomThin.thickness());
        assertThat(bottomThick.y() + bottomThick.thickness() / 2).isCloseTo(Gb9704.PAGE_HEIGHT - 20, within(1e-9));
        assertThat(HAN.pages().stream().skip(1)).allSatisfy(p -> assertThat(p.elements(Role.DOUBLE_RULE)).isEmpty());
        assertThat(first.elements(Role.RED_RULE)).isEmpty();
    }

    @Test
    void copy_number_and_urgency_flush_left_and_document_number_flush_right_seven_eighths_of_a_3hao_height_below_the_line() {
        Page first = HAN.page(1);
        Rule topThin = (Rule) first.elements(Role.DOUBLE_RULE).get(1);
        double lineBottom = topThin.y() + topThin.thickness() / 2;
        TextRun copy = first.texts(Role.COPY_NUMBER).get(0);
        TextRun urgency = first.texts(Role.URGENCY).get(0);
        TextRun number = first.texts(Role.DOCUMENT_NUMBER).get(0);
        assertThat(copy.emTop() - lineBottom).isCloseTo(Gb9704.SIZE_3 * 7 / 8, within(1e-9));
        assertThat(copy.x()).isEqualTo(Gb9704.LEFT);
        assertThat(urgency.x()).isEqualTo(Gb9704.LEFT);
        assertThat(urgency.baseline() - copy.baseline()).isCloseTo(Gb9704.LINE_PITCH, within(1e-9));
        assertThat(urgency.face()).isEqualTo(Face.HEITI);
        assertThat(number.baseline()).isEqualTo(copy.baseline());
        assertThat(number.right()).isCloseTo(Gb9704.TYPE_RIGHT, within(1e-6));
    }

    @Test
    void title_two_lines_below_the_last_element_under_the_double_line() {
        Page first = HAN.page(1);
        TextRun urgency = first.texts(Role.URGENCY).get(0);
        TextRun title = first.texts(Role.TITLE).get(0);
        double titleCellTop = title.baseline() - Gb9704.ASCENT * title.size()
                - (Gb9704.LINE_PITCH - title.size()) / 2;
        assertThat(titleCellTop - (urgency.emTop() + urgency.size())).isBetween(2 * Gb9704.LINE_PITCH * 0.75,
                3 * Gb9704.LINE_PITCH);
    }

    @Test
    void no_page_number_on_page_1_but_on_the_pages_after_it() {
        IssuedDocument longer = Documents.han().withParagraphs(java.util.Collections.nCopies(14,
                "为做好社会救助资金测算工作，我局拟对城乡低保对象医疗救助情况进行统计分析，现商请贵局协助。"));
        DocumentLayout layout = GbT9704Layout.layOut(longer);
        assertThat(layout.pageCount()).isGreaterThanOrEqualTo(2);
        assertThat(layout.page(1).pageNumber()).isEmpty();
        assertThat(layout.page(1).texts(Role.PAGE_NUMBER)).isEmpty();
        assertThat(layout.page(2).pageNumber()).contains("— 2 —");
    }

    @Test
    void letter_colophon_is_the_copy_to_alone_at_the_foot_of_the_last_page_without_rules_or_printing_line() {
        Page last = HAN.page(HAN.pageCount());
        assertThat(HAN.pageCount()).isEqualTo(1);
        assertThat(last.text(Role.COPY_TO)).isEqualTo("抄送：江城市财政局。");
        assertThat(last.elements(Role.COLOPHON_RULE)).isEmpty();
        assertThat(last.texts(Role.PRINTED_BY)).isEmpty();
        TextRun copyTo = last.texts(Role.COPY_TO).get(0);
        assertThat(copyTo.baseline()).isLessThan(Gb9704.TYPE_BOTTOM)
                .isGreaterThan(Gb9704.TYPE_BOTTOM - ColophonLayout.ROW);
        IssuedDocument withoutCopies = Documents.plain("函", "江城市民政局关于商洽有关事项的函", "江民函〔2026〕1号",
                List.of("江城市医疗保障局"), List.of("特此函商。"));
        DocumentLayout bare = GbT9704Layout.layOut(withoutCopies);
        assertThat(bare.pageCount()).isEqualTo(1);
        assertThat(bare.page(1).texts(Role.COPY_TO)).isEmpty();
        assertThat(bare.page(1).texts(Role.PRINTED_BY)).isEmpty();
    }

    @Test
    void a_letter_is_sealed_like_the_general_format() {
        Page first = HAN.page(1);
        assertThat(first.text(Role.SIGNATURE)).isEqualTo("江城市民政局");
        assertThat(first.elements(Role.SEAL)).hasSize(1);
        assertThat(first.text(Role.DATE)).isEqualTo("2026年12月3日");
    }
}
