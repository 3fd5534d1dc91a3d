package org.gongwen.rendition.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.gongwen.rendition.Documents;
import org.gongwen.rendition.IssuedDocument;
import org.junit.jupiter.api.Test;

/** GB-SEAL-1, GB-DATE-1, GB-SIGNOFF-1, GB-NOTE-1: 署名, 成文日期, 印章 and 附注. */
class SignOffTest {

    private static Page pageWith(DocumentLayout layout, Role role) {
        return layout.pages().stream().filter(p -> !p.elements(role).isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void date_in_arabic_numerals_four_characters_from_the_right_with_the_signature_centred_above() {
        Page page = pageWith(GbT9704Layout.layOut(Documents.qingshi()), Role.DATE);
        TextRun date = page.texts(Role.DATE).get(0);
        TextRun signature = page.texts(Role.SIGNATURE).get(0);
        assertThat(date.text()).isEqualTo("2026年11月21日");
        assertThat(ChineseDates.format(java.time.LocalDate.of(2026, 1, 5))).isEqualTo("2026年1月5日");
        assertThat(date.right()).isCloseTo(Gb9704.TYPE_RIGHT - 4 * Gb9704.CHAR_PITCH, within(1e-6));
        assertThat(signature.text()).isEqualTo("江城市民政局");
        assertThat((signature.x() + signature.right()) / 2).isCloseTo((date.x() + date.right()) / 2, within(1e-6));
        assertThat(date.baseline() - signature.baseline()).isCloseTo(Gb9704.LINE_PITCH, within(1e-6));
    }

    @Test
    void seal_presses_on_signature_and_date_its_top_within_one_line_of_the_body() {
        Page page = pageWith(GbT9704Layout.layOut(Documents.qingshi()), Role.SEAL);
        Circle seal = (Circle) page.elements(Role.SEAL).get(0);
        TextRun date = page.texts(Role.DATE).get(0);
        TextRun signature = page.texts(Role.SIGNATURE).get(0);
        assertThat(seal.colour()).isEqualTo(Colour.RED);
        assertThat(seal.centreY() - seal.radius()).isLessThan(signature.emTop());
        assertThat(seal.centreY() + seal.radius()).isGreaterThan(date.baseline());
        assertThat(seal.centreY()).as("the text a little below the seal's centre")
                .isLessThan((signature.baseline() + date.baseline()) / 2);
        List<TextRun> body = page.texts(Role.BODY);
        TextRun lastLine = body.get(body.size() - 1);
        double bodyBottom = lastLine.baseline() + (1 - Gb9704.ASCENT) * lastLine.size();
        double sealTop = seal.centreY() - seal.radius();
        assertThat(sealTop).isGreaterThan(bodyBottom).isLessThan(bodyBottom + Gb9704.LINE_PITCH);
    }

    @Test
    void a_seal_never_stands_on_a_page_without_text_above_it() {
        for (int paragraphs = 0; paragraphs <= 30; paragraphs++) {
            DocumentLayout layout = GbT9704Layout.layOut(Documents.withBody(paragraphs, 40));
            Page page = pageWith(layout, Role.SEAL);
            assertThat(page.texts(Role.BODY).size() + page.texts(Role.TITLE).size()).as("%d paragraphs", paragraphs)
                    .isPositive();
        }
    }

    @Test
    void joint_document_has_a_signature_and_a_seal_per_organ_the_last_seal_over_the_date() {
        IssuedDocument joint = Documents.qingshi().withOrgans(List.of("江城市民政局", "江城市财政局", "江城市卫生健康委员会"),
                List.of("王强", "李明", "赵刚"));
        Page page = pageWith(GbT9704Layout.layOut(joint), Role.DATE);
        List<TextRun> signatures = page.texts(Role.SIGNATURE);
        List<Circle> seals = page.elements(Role.SEAL).stream().map(Circle.class::cast).toList();
        assertThat(signatures).extracting(TextRun::text).containsExactly("江城市民政局", "江城市财政局", "江城市卫生健康委员会");
        assertThat(seals).hasSize(3);
        for (int i = 0; i < seals.size(); i++) {
            TextRun signature = signatures.get(i);
            assertThat(seals.get(i).centreX()).isCloseTo((signature.x() + signature.right()) / 2, within(1e-6));
            for (int j = i + 1; j < seals.size(); j++) {
                double distance = Math.hypot(seals.get(i).centreX() - seals.get(j).centreX(),
                        seals.get(i).centreY() - seals.get(j).centreY());
                assertThat(distance).as("seals neither intersect nor touch")
                        .isGreaterThan(seals.get(i).radius() + seals.get(j).radius());
            }
            assertThat(seals.get(i).centreX() - seals.get(i).radius()).isGreaterThanOrEqualTo(Gb9704.LEFT);
            assertThat(seals.get(i).centreX() + seals.get(i).radius()).isLessThanOrEqualTo(Gb9704.TYPE_RIGHT);
        }
        TextRun date = page.texts(Role.DATE).get(0);
        Circle last = seals.get(2);
        assertThat((date.x() + date.right()) / 2).isCloseTo(last.centreX(), within(1e-6));
        assertThat(date.baseline()).isBetween(last.centreY() - last.radius(), last.centreY() + last.radius());
    }

    @Test
    void remarks_in_parentheses_two_characters_in_on_the_line_below_the_date() {
        Page page = pageWith(GbT9704Layout.layOut(Documents.qingshi()), Role.NOTE);
        TextRun note = page.texts(Role.NOTE).get(0);
        TextRun date = page.texts(Role.DATE).get(0);
        assertThat(page.text(Role.NOTE)).isEqualTo("（联系人：张伟，电话：0000-0000000）");
        assertThat(note.x()).isCloseTo(Gb9704.LEFT + 2 * Gb9704.CHAR_PITCH, within(1e-9));
        assertThat(note.baseline() - date.baseline()).isCloseTo(Gb9704.LINE_PITCH, within(1e-6));
        assertThat(GbT9704Layout.remarks("（此件公开发布）")).isEqualTo("（此件公开发布）");
    }
}
