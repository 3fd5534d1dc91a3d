package org.gongwen.rendition.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gongwen.rendition.Documents;
import org.junit.jupiter.api.Test;

/** GB-PAGE-1: "— n —" 7 mm below the type area, odd pages right and even pages left, one character in. */
class PageNumberTest {

    @Test
    void odd_pages_right_even_pages_left_one_character_in_7_mm_below_the_type_area() {
        DocumentLayout layout = GbT9704Layout.layOut(Documents.withBody(1, 1500));
        assertThat(layout.pageCount()).isGreaterThanOrEqualTo(3);
        for (Page page : layout.pages()) {
            if (page.pageNumber().isEmpty()) {
                continue;
            }
            TextRun number = page.texts(Role.PAGE_NUMBER).get(0);
            assertThat(number.text()).isEqualTo("— " + page.number() + " —");
            assertThat(number.size()).isEqualTo(Gb9704.SIZE_4);
            if (page.number() % 2 == 1) {
                assertThat(number.right()).isCloseTo(Gb9704.TYPE_RIGHT - Gb9704.SIZE_4, within(1e-6));
            } else {
                assertThat(number.x()).isCloseTo(Gb9704.LEFT + Gb9704.SIZE_4, within(1e-6));
            }
            double dashMiddle = number.emTop() + number.size() / 2;
            assertThat(dashMiddle - Gb9704.TYPE_BOTTOM).isCloseTo(Gb9704.PAGE_NUMBER_GAP, within(1e-6));
        }
    }

    @Test
    void no_page_number_on_a_blank_page_or_a_page_holding_only_the_colophon() {
        int checked = 0;
        for (int paragraphs = 0; paragraphs <= 30; paragraphs++) {
            DocumentLayout layout = GbT9704Layout.layOut(Documents.withBody(paragraphs, 40));
            for (Page page : layout.pages()) {
                boolean onlyColophon = page.texts().stream()
                        .allMatch(t -> t.role() == Role.COPY_TO || t.role() == Role.PRINTED_BY
                                || t.role() == Role.PAGE_NUMBER);
                if (page.blank() || onlyColophon) {
                    assertThat(page.pageNumber()).as("page %d of %d paragraphs", page.number(), paragraphs).isEmpty();
                    assertThat(page.texts(Role.PAGE_NUMBER)).isEmpty();
                    checked++;
                } else {
                    assertThat(page.pageNumber()).contains(PageNumbers.label(page.number()));
                }
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void attachments_continue_the_numbering() {
        DocumentLayout layout = GbT9704Layout.layOut(Documents.tongzhi());
        Page label = layout.pages().stream().filter(p -> !p.texts(Role.ATTACHMENT_LABEL).isEmpty()).findFirst()
                .orElseThrow();
        assertThat(label.number()).isGreaterThan(1);
        assertThat(label.pageNumber()).contains("— " + label.number() + " —");
    }
}
