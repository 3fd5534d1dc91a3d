package org.gongwen.rendition.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.gongwen.rendition.Documents;
import org.gongwen.rendition.IssuedDocument;
import org.junit.jupiter.api.Test;

/** 版头: GB-COPY-1, GB-SEC-2, GB-URG-2, GB-SIGN-2, the red 发文机关标志 and rule, 联合行文. */
class HeadTest {

    @Test
    void copy_number_secrecy_and_urgency_top_left_in_that_order() {
        Page first = GbT9704Layout.layOut(Documents.tongzhi()).page(1);
        TextRun copy = first.texts(Role.COPY_NUMBER).get(0);
        TextRun secrecy = first.texts(Role.SECRECY).get(0);
        TextRun urgency = first.texts(Role.URGENCY).get(0);
        assertThat(List.of(copy.text(), secrecy.text(), urgency.text())).containsExactly("000042", "秘密★1年", "特急");
        assertThat(List.of(copy.x(), secrecy.x(), urgency.x())).containsOnly(Gb9704.LEFT);
        assertThat(copy.baseline()).isCloseTo(Gb9704.baseline(0, Gb9704.SIZE_3), within(1e-9));
        assertThat(secrecy.baseline()).isCloseTo(Gb9704.baseline(1, Gb9704.SIZE_3), within(1e-9));
        assertThat(urgency.baseline()).isCloseTo(Gb9704.baseline(2, Gb9704.SIZE_3), within(1e-9));
        assertThat(secrecy.face()).isEqualTo(Face.HEITI);
        assertThat(urgency.face()).isEqualTo(Face.HEITI);
    }

    @Test
    void organ_mark_red_centred_35_mm_below_the_type_area_top() {
        Page first = GbT9704Layout.layOut(Documents.tongzhi()).page(1);
        TextRun mark = first.texts(Role.ORGAN_MARK).get(0);
        assertThat(mark.text()).isEqualTo("江城市民政局文件");
        assertThat(mark.colour()).isEqualTo(Colour.RED);
        assertThat(mark.emTop() - Gb9704.TOP).isCloseTo(35, within(1e-9));
        assertThat((mark.x() + mark.right()) / 2).isCloseTo(Gb9704.LEFT + Gb9704.TYPE_WIDTH / 2, within(1e-6));
        assertThat(mark.width()).isLessThanOrEqualTo(Gb9704.TYPE_WIDTH);
    }

    @Test
    void downward_document_number_centred_and_red_rule_4_mm_below_it() {
        Page first = GbT9704Layout.layOut(Documents.tongzhi()).page(1);
        TextRun number = first.texts(Role.DOCUMENT_NUMBER).get(0);
        Rule rule = (Rule) first.elements(Role.RED_RULE).get(0);
        assertThat((number.x() + number.right()) / 2).isCloseTo(Gb9704.LEFT + Gb9704.TYPE_WIDTH / 2, within(1e-6));
        double numberBottom = number.baseline() + (1 - Gb9704.ASCENT) * number.size();
        assertThat(rule.y() - numberBottom).isCloseTo(4, within(1e-9));
        assertThat(rule.colour()).isEqualTo(Colour.RED);
        assertThat(rule.x2() - rule.x1()).isEqualTo(Gb9704.TYPE_WIDTH);
        assertThat(first.texts(Role.SIGNER)).isEmpty();
    }

    @Test
    void upward_signer_right_and_document_number_left_on_one_line() {
        Page first = GbT9704Layout.layOut(Documents.qingshi()).page(1);
        TextRun number = first.texts(Role.DOCUMENT_NUMBER).get(0);
        List<TextRun> signer = first.texts(Role.SIGNER);
        assertThat(first.text(Role.SIGNER)).isEqualTo("签发人：王强");
        assertThat(signer.get(0).face()).isEqualTo(Face.FANGSONG);
        assertThat(signer.get(1).face()).isEqualTo(Face.KAITI);
        assertThat(number.baseline()).isEqualTo(signer.get(1).baseline());
        assertThat(number.x()).isCloseTo(Gb9704.LEFT + Gb9704.CHAR_PITCH, within(1e-9));
        assertThat(signer.get(1).right()).isCloseTo(Gb9704.TYPE_RIGHT - Gb9704.CHAR_PITCH, within(1e-6));
        TextRun mark = first.texts(Role.ORGAN_MARK).get(0);
        double markBottom = mark.emTop() + mark.size();
        assertThat(number.emTop() - markBottom).isGreaterThanOrEqualTo(2 * Gb9704.LINE_PITCH);
    }

    @Test
    void joint_document_shows_every_organ_lead_first_with_several_signers_two_a_line() {
        IssuedDocument joint = Documents.qingshi().withOrgans(List.of("江城市民政局", "江城市财政局", "江城市人力资源和社会保障局"),
                List.of("王强", "李明", "赵刚"));
        Page first = GbT9704Layout.layOut(joint).page(1);
        List<TextRun> marks = first.texts(Role.ORGAN_MARK);
        assertThat(marks).extracting(TextRun::text)
                .containsExactly("江城市民政局", "江城市财政局", "江城市人力资源和社会保障局", "文件");
        assertThat(marks).allSatisfy(m -> assertThat(m.colour()).isEqualTo(Colour.RED));
        assertThat(marks.get(0).baseline()).isLessThan(marks.get(1).baseline());
        assertThat(marks.get(1).baseline()).isLessThan(marks.get(2).baseline());
        // the names share one column width; 文件 stands to their right, centred on them
        assertThat(marks.get(0).right()).isCloseTo(marks.get(2).right(), within(1e-6));
        TextRun wenjian = marks.get(3);
        assertThat(wenjian.x()).isGreaterThan(marks.get(2).right());
        double middle = (marks.get(0).emTop() + marks.get(2).emTop() + marks.get(2).size()) / 2;
        assertThat(wenjian.emTop() + wenjian.size() / 2).isCloseTo(middle, within(1e-6));
        marks.forEach(m -> assertThat(m.right()).isLessThanOrEqualTo(Gb9704.TYPE_RIGHT));

        List<TextRun> names = first.texts(Role.SIGNER).stream().filter(t -> t.face() == Face.KAITI).toList();
        assertThat(names).extracting(TextRun::text).containsExactly("王强　李明", "赵刚");
        TextRun number = first.texts(Role.DOCUMENT_NUMBER).get(0);
        assertThat(number.baseline()).isEqualTo(names.get(1).baseline());
        assertThat(number.text()).isEqualTo("江民发〔2026〕7号");
    }
}
