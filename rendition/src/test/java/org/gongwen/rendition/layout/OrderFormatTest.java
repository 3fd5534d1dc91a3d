package org.gongwen.rendition.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.gongwen.rendition.Documents;
import org.gongwen.rendition.IssuedDocument;
import org.junit.jupiter.api.Test;

/** 命令（令）格式 (GB/T 9704 10.2 and 7.3.5.3, reference.md §2.3) for 命令. */
class OrderFormatTest {

    private static final DocumentLayout LING = GbT9704Layout.layOut(Documents.ling());

    @Test
    void order_mark_is_the_full_organ_name_and_ling_red_centred_20_mm_below_the_type_area_top() {
        TextRun mark = LING.page(1).texts(Role.ORGAN_MARK).get(0);
        assertThat(mark.text()).isEqualTo("江城市民政局令");
        assertThat(mark.colour()).isEqualTo(Colour.RED);
        assertThat(mark.emTop() - Gb9704.TOP).isCloseTo(20, within(1e-9));
        assertThat((mark.x() + mark.right()) / 2).isCloseTo(Gb9704.LEFT + Gb9704.TYPE_WIDTH / 2, within(1e-6));
        IssuedDocument mingling = Documents.plain("命令", "江城市民政局嘉奖命令", null, List.of(), List.of("现予嘉奖。"));
        assertThat(OrderLayout.markText(mingling)).isEqualTo("江城市民政局命令");
    }

    @Test
    void order_number_centred_two_lines_below_the_mark_and_the_body_two_lines_below_it() {
        Page first = LING.page(1);
        TextRun mark = first.texts(Role.ORGAN_MARK).get(0);
        TextRun number = first.texts(Role.ORDER_NUMBER).get(0);
        assertThat(number.text()).isEqualTo("第3号");
        assertThat((number.x() + number.right()) / 2).isCloseTo(Gb9704.LEFT + Gb9704.TYPE_WIDTH / 2, within(1e-6));
        double numberCellTop = number.emTop() - (Gb9704.LINE_PITCH - number.size()) / 2;
        assertThat(numberCellTop - (mark.emTop() + mark.size())).isCloseTo(2 * Gb9704.LINE_PITCH, within(1e-9));
        TextRun body = first.texts(Role.BODY).get(0);
        int numberLine = Gb9704.lineAtOrBelow(number.emTop() + number.size());
        assertThat(body.baseline()).isCloseTo(Gb9704.baseline(numberLine + 2, Gb9704.SIZE_3), within(1e-9));
        assertThat(first.texts(Role.TITLE)).as("a 令 has no title below its number").isEmpty();
        assertThat(first.elements(Role.RED_RULE)).isEmpty();
    }

    @Test
    void order_number_is_the_serial_of_the_document_number() {
        assertThat(OrderLayout.orderNumber("江民令〔2026〕12号")).isEqualTo("第12号");
        assertThat(OrderLayout.orderNumber("第7号")).isEqualTo("第7号");
        assertThat(OrderLayout.orderNumber(null)).isNull();
    }

    @Test
    void signer_stamp_four_characters_from_the_right_two_lines_below_the_body_title_two_characters_left_of_it() {
        Page first = LING.page(1);
        List<TextRun> body = first.texts(Role.BODY);
        TextRun lastBody = body.get(body.size() - 1);
        TextRun stamp = first.texts(Role.SIGNATURE_STAMP).get(0);
        TextRun title = first.texts(Role.SIGNER_TITLE).get(0);
        assertThat(stamp.text()).isEqualTo("王强");
        assertThat(stamp.colour()).isEqualTo(Colour.RED);
        assertThat(stamp.right()).isCloseTo(Gb9704.TYPE_RIGHT - 4 * Gb9704.CHAR_PITCH, within(1e-6));
        int bodyLine = lineOf(lastBody);
        assertThat(lineOf(stamp)).isEqualTo(bodyLine + 3);
        assertThat(title.text()).isEqualTo("局长");
        assertThat(stamp.x() - title.right()).isCloseTo(2 * Gb9704.CHAR_PITCH, within(1e-6));
        double stampMiddle = stamp.emTop() + stamp.size() / 2;
        assertThat(title.emTop() + title.size() / 2).isCloseTo(stampMiddle, within(1e-9));
        assertThat(first.elements(Role.SEAL)).as("a 令 bears the signer's stamp, not the organ's seal").isEmpty();
        assertThat(first.texts(Role.SIGNATURE)).isEmpty();
    }

    @Test
    void date_one_line_free_below_the_stamp_four_characters_from_the_right() {
        Page first = LING.page(1);
        TextRun stamp = first.texts(Role.SIGNATURE_STAMP).get(0);
        TextRun date = first.texts(Role.DATE).get(0);
        assertThat(date.text()).isEqualTo("2026年12月4日");
        assertThat(lineOf(date)).isEqualTo(lineOf(stamp) + 2);
        assertThat(date.right()).isCloseTo(Gb9704.TYPE_RIGHT - 4 * Gb9704.CHAR_PITCH, within(1e-6));
    }

    @Test
    void joint_order_stamps_one_signer_a_row_lead_first_aligned() {
        IssuedDocument joint = Documents.ling().withOrgans(List.of("江城市民政局", "江城市财政局"), List.of("王强", "欧阳明"))
                .withSignerTitles(List.of("江城市民政局局长", "江城市财政局局长"));
        Page first = GbT9704Layout.layOut(joint).page(1);
        List<TextRun> stamps = first.texts(Role.SIGNATURE_STAMP);
        List<TextRun> titles = first.texts(Role.SIGNER_TITLE);
        assertThat(stamps).extracting(TextRun::text).containsExactly("王强", "欧阳明");
        assertThat(lineOf(stamps.get(1))).isGreaterThan(lineOf(stamps.get(0)));
        assertThat(stamps.get(0).right()).isCloseTo(stamps.get(1).right(), within(1e-9));
        assertThat(titles.get(0).right()).isCloseTo(titles.get(1).right(), within(1e-9));
        assertThat(lineOf(first.texts(Role.DATE).get(0))).isEqualTo(lineOf(stamps.get(1)) + 2);
    }

    private static int lineOf(TextRun run) {
        return (int) Math.floor((run.emTop() + run.size() / 2 - Gb9704.TOP) / Gb9704.LINE_PITCH);
    }
}
