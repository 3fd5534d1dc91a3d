package org.gongwen.rendition.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.gongwen.rendition.Documents;
import org.junit.jupiter.api.Test;

/** GB-TITLE-4: 2号 小标宋, centred two lines below the red rule, long titles in balanced lines with words whole. */
class TitleLinesTest {

    @Test
    void long_title_breaks_after_the_organs_guanyu_and_keeps_numbers_whole() {
        List<String> lines = TitleLines.lines("江城市民政局关于申请2027年度社会救助资金的请示", 20);
        assertThat(lines).containsExactly("江城市民政局关于", "申请2027年度社会救助资金的请示");
    }

    @Test
    void common_words_of_a_title_are_not_cut() {
        List<String> lines = TitleLines.lines("江城市民政局关于做好2027年元旦春节期间困难群众走访慰问工作的通知", 20);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).doesNotEndWith("春").doesNotEndWith("元");
        assertThat(lines.get(1)).doesNotStartWith("节");
    }

    @Test
    void three_line_title_has_no_line_longer_than_the_capacity() {
        String title = "江城市民政局江城市财政局江城市人力资源和社会保障局关于进一步做好困难群众基本生活保障工作的通知";
        List<String> lines = TitleLines.lines(title, 20);
        assertThat(lines).hasSize(3);
        assertThat(String.join("", lines)).isEqualTo(title);
        lines.forEach(l -> assertThat(CharWidths.units(l)).isLessThanOrEqualTo(20));
    }

    @Test
    void title_is_2hao_centred_each_line_on_its_own_grid_line() {
        Page first = GbT9704Layout.layOut(Documents.tongzhi()).page(1);
        List<TextRun> title = first.texts(Role.TITLE);
        assertThat(title).hasSizeGreaterThan(1);
        for (TextRun line : title) {
            assertThat(line.size()).isEqualTo(Gb9704.SIZE_2);
            assertThat(line.face()).isEqualTo(Face.XIAOBIAOSONG);
            assertThat((line.x() + line.right()) / 2).isCloseTo(Gb9704.LEFT + Gb9704.TYPE_WIDTH / 2, within(1e-6));
        }
        assertThat(title.get(1).baseline() - title.get(0).baseline()).isCloseTo(Gb9704.LINE_PITCH, within(1e-9));
        TextRun recipients = first.texts(Role.MAIN_RECIPIENTS).get(0);
        assertThat(recipients.text()).isEqualTo("各区县民政局、局机关各科室：");
        assertThat(recipients.x()).isEqualTo(Gb9704.LEFT);
        assertThat(recipients.baseline() - title.get(title.size() - 1).baseline())
                .as("one blank line between title and 主送").isGreaterThan(1.5 * Gb9704.LINE_PITCH);
    }

    @Test
    void headings_use_heiti_kaiti_and_fangsong_by_level() {
        Face[] level1 = Typesetter.headingFaces("一、总体要求");
        Face[] level2 = Typesetter.headingFaces("（一）摸清底数。各区县民政局要排查。");
        Face[] level3 = Typesetter.headingFaces("1.加强督导。");
        assertThat(level1).containsOnly(Face.HEITI);
        assertThat(level2[0]).isEqualTo(Face.KAITI);
        assertThat(level2["（一）摸清底数。".length() - 1]).isEqualTo(Face.KAITI);
        assertThat(level2["（一）摸清底数。".length()]).isEqualTo(Face.FANGSONG);
        assertThat(level3).containsOnly(Face.FANGSONG);
        List<TextRun> body = GbT9704Layout.layOut(Documents.tongzhi()).pages().stream()
                .flatMap(p -> p.texts(Role.BODY).stream()).toList();
        assertThat(body).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("一、总体要求");
            assertThat(t.face()).isEqualTo(Face.HEITI);
        });
    }
}
