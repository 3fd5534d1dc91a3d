package org.gongwen.rendition.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.gongwen.rendition.Documents;
import org.gongwen.rendition.IssuedDocument;
import org.junit.jupiter.api.Test;

/** 版记 (GB-CC-1, GB-PRINT-1): at the foot of the last page, which is even; a blank page is inserted when needed. */
class ColophonTest {

    private enum Placement { SHARES_LAST_PAGE_OF_TEXT, OWN_PAGE, OWN_PAGE_AFTER_BLANK }

    @Test
    void colophon_is_at_the_foot_of_the_last_even_page_with_a_blank_page_inserted_when_needed() {
        Set<Placement> seen = EnumSet.noneOf(Placement.class);
        for (int paragraphs = 0; paragraphs <= 40; paragraphs++) {
            DocumentLayout layout = GbT9704Layout.layOut(Documents.withBody(paragraphs, 40));
            int pages = layout.pageCount();
            assertThat(pages % 2).as("pages of %d paragraphs", paragraphs).isZero();
            Page last = layout.page(pages);
            assertThat(last.texts(Role.PRINTED_BY)).isNotEmpty();
            for (Page page : layout.pages().subList(0, pages - 1)) {
                assertThat(page.elements(Role.COLOPHON_RULE)).isEmpty();
            }
            boolean shares = !last.texts(Role.BODY).isEmpty() || !last.texts(Role.DATE).isEmpty();
            if (shares) {
                seen.add(Placement.SHARES_LAST_PAGE_OF_TEXT);
            } else if (layout.page(pages - 1).blank()) {
                seen.add(Placement.OWN_PAGE_AFTER_BLANK);
                assertThat(layout.page(pages - 2).texts()).isNotEmpty();
            } else {
                seen.add(Placement.OWN_PAGE);
                assertThat(pages - 1).as("the text ends on an odd page").matches(n -> n % 2 == 1);
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(Placement.values());
    }

    @Test
    void colophon_lines_first_and_last_thick_and_last_on_the_type_area_bottom() {
        Page last = lastPage(Documents.tongzhi());
        List<Rule> rules = last.elements(Role.COLOPHON_RULE).stream().map(Rule.class::cast)
                .sorted((a, b) -> Double.compare(a.y(), b.y())).toList();
        assertThat(rules).hasSize(3);
        assertThat(rules.get(0).thickness()).isEqualTo(Gb9704.COLOPHON_THICK);
        assertThat(rules.get(1).thickness()).isEqualTo(Gb9704.COLOPHON_THIN);
        assertThat(rules.get(2).thickness()).isEqualTo(Gb9704.COLOPHON_THICK);
        assertThat(rules.get(2).y()).isEqualTo(Gb9704.TYPE_BOTTOM);
        rules.forEach(r -> assertThat(r.x2() - r.x1()).isEqualTo(Gb9704.TYPE_WIDTH));
        TextRun copy = last.texts(Role.COPY_TO).get(0);
        assertThat(copy.baseline()).isBetween(rules.get(0).y(), rules.get(1).y());
        last.texts(Role.PRINTED_BY).forEach(t -> assertThat(t.baseline()).isBetween(rules.get(1).y(), rules.get(2).y()));
    }

    @Test
    void copy_to_is_4hao_one_character_in_with_commas_and_a_full_stop() {
        Page last = lastPage(Documents.tongzhi());
        assertThat(last.text(Role.COPY_TO)).isEqualTo("抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。");
        TextRun copy = last.texts(Role.COPY_TO).get(0);
        assertThat(copy.size()).isEqualTo(Gb9704.SIZE_4);
        assertThat(copy.x()).isCloseTo(Gb9704.LEFT + Gb9704.SIZE_4, within(1e-6));
    }

    @Test
    void printing_organ_left_and_date_right_one_character_in() {
        List<TextRun> printed = lastPage(Documents.tongzhi()).texts(Role.PRINTED_BY);
        assertThat(printed).extracting(TextRun::text).containsExactly("江城市民政局办公室", "2026年12月2日印发");
        assertThat(printed.get(0).x()).isCloseTo(Gb9704.LEFT + Gb9704.SIZE_4, within(1e-6));
        assertThat(printed.get(1).right()).isCloseTo(Gb9704.TYPE_RIGHT - Gb9704.SIZE_4, within(1e-6));
        assertThat(printed.get(0).baseline()).isEqualTo(printed.get(1).baseline());
    }

    @Test
    void without_copy_recipients_two_thick_rules_hold_the_printing_line() {
        Page last = lastPage(Documents.qingshi());
        assertThat(last.elements(Role.COLOPHON_RULE)).hasSize(2)
                .allSatisfy(r -> assertThat(((Rule) r).thickness()).isEqualTo(Gb9704.COLOPHON_THICK));
        assertThat(last.texts(Role.COPY_TO)).isEmpty();
    }

    @Test
    void main_recipients_too_long_for_page_one_go_to_the_colophon_above_copy_to() {
        IssuedDocument base = Documents.tongzhi();
        List<String> many = IntStream.rangeClosed(1, 60).mapToObj(i -> "江城市第" + i + "街道办事处").toList();
        IssuedDocument doc = new IssuedDocument(base.docType(), false,
                null, null, null, null, base.issuingOrgans(), "文件", base.documentNumber(), List.of(), base.title(),
                many, base.paragraphs(), List.of(), base.documentDate(), null, base.copyRecipients(),
                base.printingOrgan(), base.printingDate());
        DocumentLayout layout = GbT9704Layout.layOut(doc);
        assertThat(layout.page(1).texts(Role.BODY)).as("GB-FIRSTPAGE-1: page 1 shows body text").isNotEmpty();
        Page last = layout.page(layout.pageCount());
        List<TextRun> recipients = last.texts(Role.MAIN_RECIPIENTS);
        assertThat(last.text(Role.MAIN_RECIPIENTS)).startsWith("主送：江城市第1街道办事处，").endsWith("第60街道办事处。");
        TextRun copy = last.texts(Role.COPY_TO).get(0);
        assertThat(recipients.get(recipients.size() - 1).baseline()).isLessThan(copy.baseline());
        List<Rule> rules = last.elements(Role.COLOPHON_RULE).stream().map(Rule.class::cast).toList();
        assertThat(rules).hasSize(3).noneMatch(r -> r.y() > recipients.get(0).baseline() && r.y() < copy.baseline());
        // a 主送 that fits stays below the title
        assertThat(lastPage(Documents.tongzhi()).texts(Role.MAIN_RECIPIENTS)).isEmpty();
    }

    private static Page lastPage(IssuedDocument doc) {
        DocumentLayout layout = GbT9704Layout.layOut(doc);
        return layout.page(layout.pageCount());
    }
}
