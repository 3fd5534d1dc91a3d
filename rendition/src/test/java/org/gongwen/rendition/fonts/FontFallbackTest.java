package org.gongwen.rendition.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.BiPredicate;

import org.gongwen.rendition.Documents;
import org.gongwen.rendition.layout.DocumentLayout;
import org.gongwen.rendition.layout.Face;
import org.gongwen.rendition.layout.GbT9704Layout;
import org.gongwen.rendition.layout.Role;
import org.gongwen.rendition.layout.TextRun;
import org.junit.jupiter.api.Test;

/** A character the face lacks is drawn, at its place, in a face that has it; none having it is a clear error. */
class FontFallbackTest {

    private static final char RARE = '䶮';

    @Test
    void a_character_the_face_lacks_is_drawn_in_another_face_at_the_same_place() {
        DocumentLayout layout = GbT9704Layout.layOut(Documents.qingshi().withOrgans(List.of("江城市民政局"),
                List.of("王" + RARE)));
        BiPredicate<Face, Integer> covers = (face, c) -> c != RARE || face == Face.HEITI;
        DocumentLayout fixed = FontFallback.apply(layout, covers);
        TextRun before = layout.page(1).texts(Role.SIGNER).get(1);
        List<TextRun> after = fixed.page(1).texts(Role.SIGNER).subList(1, 3);
        assertThat(after).extracting(TextRun::text).containsExactly("王", String.valueOf(RARE));
        assertThat(after).extracting(TextRun::face).containsExactly(Face.KAITI, Face.HEITI);
        assertThat(after.get(1).x()).isCloseTo(before.xOf(1), within(1e-9));
        assertThat(after.get(1).baseline()).isEqualTo(before.baseline());
        assertThat(fixed.page(1).texts(Role.BODY)).isEqualTo(layout.page(1).texts(Role.BODY));
    }

    @Test
    void a_character_no_font_has_is_named() {
        DocumentLayout layout = GbT9704Layout.layOut(Documents.qingshi().withOrgans(List.of("江城市民政局"),
                List.of("王" + RARE)));
        assertThatThrownBy(() -> FontFallback.apply(layout, (face, c) -> c != RARE))
                .isInstanceOf(MissingFontException.class).hasMessageContaining(String.valueOf(RARE));
    }
}
