package org.gongwen.rendition.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.gongwen.rendition.Documents;
import org.junit.jupiter.api.Test;

/** Layout facts: 22 lines × 28 characters of 3号 text fill the 156 × 225 mm type area. */
class LineGridTest {

    @Test
    void grid_has_22_lines_of_28_characters_filling_the_type_area() {
        assertThat(Gb9704.CHAR_PITCH * Gb9704.CHARS).isCloseTo(Gb9704.TYPE_WIDTH, within(1e-9));
        assertThat(Gb9704.LINE_PITCH * Gb9704.LINES).isCloseTo(Gb9704.TYPE_HEIGHT, within(1e-9));
        assertThat(Gb9704.TYPE_RIGHT).isEqualTo(184);
        assertThat(Gb9704.TYPE_BOTTOM).isEqualTo(262);
        assertThat(Gb9704.SIZE_3).isCloseTo(5.644, within(0.001));
    }

    @Test
    void full_body_line_holds_28_characters_each_in_its_cell() {
        DocumentLayout layout = GbT9704Layout.layOut(Documents.withBody(1, 200));
        List<TextRun> body = layout.page(1).texts(Role.BODY);
        TextRun first = body.get(0);
        TextRun second = body.get(1);
        assertThat(first.text()).hasSize(26);
        assertThat(first.x()).isCloseTo(Gb9704.LEFT + 2 * Gb9704.CHAR_PITCH, within(1e-6));
        assertThat(second.text()).hasSize(28);
        assertThat(second.x()).isCloseTo(Gb9704.LEFT, within(1e-6));
        for (int i = 0; i < 28; i++) {
            assertThat(second.xOf(i)).isCloseTo(Gb9704.LEFT + i * Gb9704.CHAR_PITCH, within(1e-6));
        }
        assertThat(second.right()).isCloseTo(Gb9704.TYPE_RIGHT, within(1e-6));
    }

    @Test
    void a_continuation_page_holds_22_body_lines_on_the_grid() {
        DocumentLayout layout = GbT9704Layout.layOut(Documents.withBody(1, 2000));
        List<TextRun> page2 = layout.page(2).texts(Role.BODY);
        assertThat(page2).hasSize(Gb9704.LINES);
        for (int line = 0; line < Gb9704.LINES; line++) {
            assertThat(page2.get(line).baseline()).isCloseTo(Gb9704.baseline(line, Gb9704.SIZE_3), within(1e-6));
        }
        assertThat(page2.get(0).emTop()).isGreaterThanOrEqualTo(Gb9704.TOP);
        assertThat(page2.get(21).baseline()).isLessThan(Gb9704.TYPE_BOTTOM);
    }

    @Test
    void page_one_shows_body_text_below_the_head() {
        DocumentLayout layout = GbT9704Layout.layOut(Documents.qingshi());
        Page first = layout.page(1);
        double rule = ((Rule) first.elements(Role.RED_RULE).get(0)).y();
        assertThat(first.texts(Role.BODY)).isNotEmpty();
        assertThat(first.texts(Role.TITLE).get(0).emTop()).isGreaterThan(rule + Gb9704.LINE_PITCH);
    }
}
