package org.gongwen.rendition.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.gongwen.rendition.Documents;
import org.gongwen.rendition.IssuedDocument;
import org.junit.jupiter.api.Test;

/** 纪要格式 (GB/T 9704 10.3, reference.md §2.3) for 纪要, with the office's choices where the standard leaves them. */
class MinutesFormatTest {

    private static final DocumentLayout JIYAO = GbT9704Layout.layOut(Documents.jiyao());

    @Test
    void minutes_mark_ends_with_jiyao_red_centred_35_mm_below_the_type_area_top() {
        TextRun mark = JIYAO.page(1).texts(Role.ORGAN_MARK).get(0);
        assertThat(mark.text()).isEqualTo("江城市民政局局长办公会议纪要").endsWith("纪要");
        assertThat(mark.colour()).isEqualTo(Colour.RED);
        assertThat(mark.emTop() - Gb9704.TOP).isCloseTo(35, within(1e-9));
        assertThat((mark.x() + mark.right()) / 2).isCloseTo(Gb9704.LEFT + Gb9704.TYPE_WIDTH / 2, within(1e-6));
        assertThat(mark.right()).isLessThanOrEqualTo(Gb9704.TYPE_RIGHT);
    }

    @Test
    void the_head_shows_di_n_qi_in_place_of_the_document_number_and_a_minutes_without_period_its_number() {
        // GB/T 9704 §10.3: a 纪要 is numbered by its 期号; one issued before 期号 were numbered keeps its 文号 there
        assertThat(JIYAO.page(1).text(Role.MINUTES_PERIOD)).isEqualTo("第9期");
        assertThat(JIYAO.page(1).texts(Role.DOCUMENT_NUMBER)).isEmpty();
        Page without = GbT9704Layout.layOut(Documents.jiyao().withMinutesPeriod(null)).page(1);
        assertThat(without.texts(Role.MINUTES_PERIOD)).isEmpty();
        assertThat(without.text(Role.DOCUMENT_NUMBER)).isEqualTo("江民纪〔2026〕9号");
    }

    @Test
    void the_title_is_the_mark_when_it_names_the_minutes_else_organ_and_jiyao_with_the_title_below_the_rule() {
        assertThat(JIYAO.page(1).texts(Role.TITLE)).as("the mark already shows it").isEmpty();
        IssuedDocument about = Documents.plain("纪要", "关于养老服务设施建设的会议纪要", "江民纪〔2026〕10号", List.of(),
                List.of("会议议定如下。"));
        Page first = GbT9704Layout.layOut(about).page(1);
        assertThat(first.text(Role.ORGAN_MARK)).isEqualTo("江城市民政局纪要");
        assertThat(first.text(Role.TITLE)).isEqualTo("关于养老服务设施建设的会议纪要");
    }

    @Test
    void number_left_and_date_right_two_lines_below_the_mark_then_the_red_rule() {
        Page first = JIYAO.page(1);
        TextRun mark = first.texts(Role.ORGAN_MARK).get(0);
        TextRun number = first.texts(Role.MINUTES_PERIOD).get(0);
        TextRun date = first.texts(Role.DATE).get(0);
        Rule rule = (Rule) first.elements(Role.RED_RULE).get(0);
        assertThat(number.x()).isCloseTo(Gb9704.LEFT + Gb9704.CHAR_PITCH, within(1e-9));
        assertThat(date.text()).isEqualTo("2026年12月2日");
        assertThat(date.right()).isCloseTo(Gb9704.TYPE_RIGHT - Gb9704.CHAR_PITCH, within(1e-6));
        assertThat(date.baseline()).isEqualTo(number.baseline());
        assertThat(number.emTop() - (mark.emTop() + mark.size())).isGreaterThanOrEqualTo(2 * Gb9704.LINE_PITCH);
        assertThat(rule.y() - (number.emTop() + number.size())).isCloseTo(4, within(1e-9));
    }

    @Test
    void attendance_lists_one_line_below_the_body_in_the_order_chuxi_qingjia_liexi() {
        Page first = JIYAO.page(1);
        List<TextRun> body = first.texts(Role.BODY);
        assertThat(first.text(Role.BODY)).doesNotContain("出席").doesNotContain("列席").doesNotContain("请假");
        List<TextRun> attendees = first.texts(Role.ATTENDEES);
        List<TextRun> labels = attendees.stream().filter(t -> t.face() == Face.HEITI).toList();
        assertThat(labels).extracting(TextRun::text).containsExactly("出席：", "请假：", "列席：");
        double lastBody = body.get(body.size() - 1).baseline();
        assertThat(labels.get(0).baseline() - lastBody).isCloseTo(2 * Gb9704.LINE_PITCH, within(1e-9));
        assertThat(labels.get(1).baseline() - labels.get(0).baseline()).isCloseTo(Gb9704.LINE_PITCH, within(1e-9));
        assertThat(labels).allSatisfy(l -> assertThat(l.x()).isCloseTo(Gb9704.LEFT + 2 * Gb9704.CHAR_PITCH,
                within(1e-9)));
    }

    @Test
    void attendance_labels_in_heiti_names_in_fangsong_wrapped_lines_aligned_after_the_colon() {
        List<TextRun> attendees = JIYAO.page(1).texts(Role.ATTENDEES);
        assertThat(attendees.stream().filter(t -> t.face() == Face.FANGSONG)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.text()).doesNotContain("："));
        TextRun liexi = attendees.stream().filter(t -> t.text().equals("列席：")).findFirst().orElseThrow();
        TextRun names = attendees.get(attendees.indexOf(liexi) + 1);
        assertThat(names.x()).isCloseTo(liexi.right(), within(1e-9));
        TextRun wrapped = attendees.get(attendees.indexOf(liexi) + 2);
        assertThat(wrapped.baseline()).isGreaterThan(names.baseline());
        assertThat(wrapped.x()).isCloseTo(names.x(), within(1e-9));
        assertThat(names.x()).isCloseTo(Gb9704.LEFT + 5 * Gb9704.CHAR_PITCH, within(1e-9));
        assertThat(MinutesLayout.attendance("出席:王强")).contains(new MinutesLayout.Attendance("出席", "王强"));
        assertThat(MinutesLayout.attendance("会议出席：王强")).isEmpty();
    }

    @Test
    void minutes_carry_neither_signature_nor_seal() {
        assertThat(JIYAO.pages()).allSatisfy(page -> {
            assertThat(page.elements(Role.SEAL)).isEmpty();
            assertThat(page.texts(Role.SIGNATURE)).isEmpty();
        });
        assertThat(JIYAO.page(JIYAO.pageCount()).text(Role.COPY_TO)).isEqualTo("抄送：局机关各科室。");
    }
}
