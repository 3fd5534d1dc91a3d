package org.gongwen.rendition.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.gongwen.rendition.layout.Face;
import org.junit.jupiter.api.Test;

/** Fonts come from the file system; a missing one is named with the package or variable that supplies it. */
class FontsTest {

    @Test
    void a_missing_font_names_the_debian_package_to_install() {
        Fonts fonts = Fonts.fromEnvironment(Map.of("GONGWEN_FONT_HEITI", "/nonexistent/simhei.ttf")::get);
        assertThat(fonts.source(Face.HEITI).file()).hasToString("/nonexistent/simhei.ttf");
        assertThatThrownBy(() -> fonts.subset(Face.HEITI, Set.of((int) '黑')))
                .isInstanceOf(MissingFontException.class)
                .hasMessageContaining("/nonexistent/simhei.ttf")
                .hasMessageContaining("GONGWEN_FONT_HEITI");
        assertThat(fonts.missing()).anySatisfy(m -> assertThat(m).startsWith("HEITI"));
    }

    @Test
    void each_face_has_a_truetype_default_from_debian() {
        for (Face face : Face.values()) {
            Fonts.Source source = Fonts.defaultSource(face);
            assertThat(source.debianPackage()).startsWith("fonts-");
            assertThat(source.file().toString()).startsWith("/usr/share/fonts/truetype/");
        }
    }

    @Test
    void the_installed_fonts_cover_the_signs_the_layout_prints() {
        try (Fonts fonts = Fonts.system()) {
            assertThat(fonts.missing()).as("install the packages named").isEmpty();
            for (Face face : Face.values()) {
                "〔〕★—：；，。、（）2".codePoints().forEach(c ->
                        assertThat(fonts.covers(face, c)).as(face + " has " + Character.toString(c)).isTrue());
            }
            byte[] subset = fonts.subset(Face.FANGSONG, Set.of((int) '公', (int) '文'));
            assertThat(subset.length).isPositive().isLessThan(100_000);
        }
    }

    @Test
    void released_fonts_are_parsed_again_by_the_next_use() {
        try (Fonts fonts = Fonts.system()) {
            byte[] before = fonts.subset(Face.HEITI, Set.of((int) '公', (int) '文'));
            fonts.close();
            byte[] after = fonts.subset(Face.HEITI, Set.of((int) '公', (int) '文'));
            assertThat(after).isEqualTo(before);
        }
    }
}
