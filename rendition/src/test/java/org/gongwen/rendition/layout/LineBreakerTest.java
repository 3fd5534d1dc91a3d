package org.gongwen.rendition.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** 避头尾: no line starts with a closing or pausing mark and none ends with an opening one. */
class LineBreakerTest {

    private static List<String> lines(String text, double first, double rest) {
        return LineBreaker.breakLines(text, first, rest).stream().map(l -> text.substring(l.start(), l.end())).toList();
    }

    @Test
    void no_line_starts_with_a_closing_mark() {
        // the 。 would be the 29th character: it goes down with the character before it
        String text = "一".repeat(28) + "。二三";
        List<String> lines = lines(text, 28, 28);
        assertThat(lines).containsExactly("一".repeat(27), "一。二三");
    }

    @Test
    void no_line_ends_with_an_opening_mark() {
        String text = "一".repeat(27) + "（二）三";
        List<String> lines = lines(text, 28, 28);
        assertThat(lines.get(0)).doesNotEndWith("（").hasSize(27);
        assertThat(lines.get(1)).startsWith("（二）");
    }

    @Test
    void no_line_of_a_long_text_breaks_the_rules() {
        String text = "各单位要高度重视，精心组织，认真落实；确保各项工作任务按时完成、取得实效！（此件公开发布）".repeat(9);
        for (String line : lines(text, 26, 28)) {
            assertThat(LineBreaker.NO_LINE_START.indexOf(line.charAt(0))).as(line).isNegative();
            assertThat(LineBreaker.NO_LINE_END.indexOf(line.charAt(line.length() - 1))).as(line).isNegative();
            assertThat(CharWidths.units(line)).isLessThanOrEqualTo(28);
        }
    }

    @Test
    void numbers_are_not_split_and_count_half_a_character() {
        assertThat(lines("一".repeat(26) + "2027年", 28, 28)).containsExactly("一".repeat(26) + "2027", "年");
        assertThat(lines("一".repeat(27) + "2027", 28, 28)).containsExactly("一".repeat(27), "2027");
        assertThat(CharWidths.units("2027")).isEqualTo(2);
    }

    @Test
    void a_pushed_down_line_is_spread_to_the_full_width() {
        double[] advances = LineBreaker.justify("一".repeat(27), Gb9704.CHAR_PITCH, Gb9704.TYPE_WIDTH);
        double total = 0;
        for (double a : advances) {
            total += a;
        }
        assertThat(total).isCloseTo(Gb9704.TYPE_WIDTH, within(1e-9));
        assertThat(LineBreaker.justify("一二", Gb9704.CHAR_PITCH, 0)).containsExactly(Gb9704.CHAR_PITCH,
                Gb9704.CHAR_PITCH);
    }
}
