package org.gongwen.rendition.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.gongwen.rendition.Documents;
import org.gongwen.rendition.IssuedDocument;
import org.junit.jupiter.api.Test;

/** GB-ATT-1 (附件说明) and GB-ATT-2 (附件 pages). */
class AttachmentTest {

    @Test
    void attachment_note_numbers_several_attachments_aligned_under_the_first() {
        Page first = GbT9704Layout.layOut(Documents.tongzhi()).pages().stream()
                .filter(p -> !p.texts(Role.ATTACHMENT_NOTE).isEmpty()).findFirst().orElseThrow();
        List<TextRun> note = first.texts(Role.ATTACHMENT_NOTE);
        assertThat(note).extracting(TextRun::text).containsExactly("附件：1.走访慰问对象名单", "2.慰问资金发放标准");
        assertThat(note.get(0).x()).isCloseTo(Gb9704.LEFT + 2 * Gb9704.CHAR_PITCH, within(1e-9));
        assertThat(note.get(1).x()).isCloseTo(note.get(0).xOf(3), within(1e-9));
    }

    @Test
    void single_attachment_is_not_numbered_and_a_long_name_wraps_under_its_first_character() {
        String name = "江城市二〇二七年度城乡困难群众基本生活保障资金分配使用情况统计表";
        IssuedDocument doc = Documents.tongzhi().withAttachments(List.of(new IssuedDocument.Attachment(name, List.of())));
        DocumentLayout layout = GbT9704Layout.layOut(doc);
        Page page = layout.pages().stream().filter(p -> !p.texts(Role.ATTACHMENT_NOTE).isEmpty()).findFirst()
                .orElseThrow();
        List<TextRun> note = page.texts(Role.ATTACHMENT_NOTE);
        assertThat(note.get(0).text()).startsWith("附件：江城市");
        assertThat(note).hasSize(2);
        assertThat(note.get(1).x()).isCloseTo(note.get(0).xOf(3), within(1e-9));
        Page label = layout.pages().stream().filter(p -> !p.texts(Role.ATTACHMENT_LABEL).isEmpty()).findFirst()
                .orElseThrow();
        assertThat(label.text(Role.ATTACHMENT_LABEL)).isEqualTo("附件");
    }

    @Test
    void each_attachment_starts_a_new_page_label_on_the_first_line_title_on_the_third() {
        DocumentLayout layout = GbT9704Layout.layOut(Documents.tongzhi());
        List<Page> labelled = layout.pages().stream().filter(p -> !p.texts(Role.ATTACHMENT_LABEL).isEmpty()).toList();
        assertThat(labelled).hasSize(2);
        for (int i = 0; i < labelled.size(); i++) {
            Page page = labelled.get(i);
            TextRun label = page.texts(Role.ATTACHMENT_LABEL).get(0);
            assertThat(label.text()).isEqualTo("附件" + (i + 1));
            assertThat(label.face()).isEqualTo(Face.HEITI);
            assertThat(label.x()).isEqualTo(Gb9704.LEFT);
            assertThat(label.baseline()).isCloseTo(Gb9704.baseline(0, Gb9704.SIZE_3), within(1e-9));
            TextRun title = page.texts(Role.ATTACHMENT_TITLE).get(0);
            assertThat(title.baseline()).isCloseTo(Gb9704.baseline(2, Gb9704.SIZE_2), within(1e-9));
            assertThat((title.x() + title.right()) / 2).isCloseTo(Gb9704.LEFT + Gb9704.TYPE_WIDTH / 2, within(1e-6));
            // nothing of the body or of another attachment on its page
            assertThat(page.texts(Role.BODY)).isEmpty();
            assertThat(page.texts(Role.SIGNATURE)).isEmpty();
        }
        assertThat(labelled.get(0).text(Role.ATTACHMENT_TITLE)).isEqualTo("走访慰问对象名单");
        assertThat(labelled.get(1).text(Role.ATTACHMENT_TITLE)).isEqualTo("慰问资金发放标准");
        assertThat(labelled.get(1).number()).isEqualTo(labelled.get(0).number() + 1);
    }

    @Test
    void attachments_come_before_the_colophon() {
        DocumentLayout layout = GbT9704Layout.layOut(Documents.tongzhi());
        int lastAttachment = layout.pages().stream().filter(p -> !p.texts(Role.ATTACHMENT_LABEL).isEmpty())
                .mapToInt(Page::number).max().orElseThrow();
        int colophon = layout.pages().stream().filter(p -> !p.texts(Role.PRINTED_BY).isEmpty())
                .mapToInt(Page::number).findFirst().orElseThrow();
        assertThat(colophon).isGreaterThanOrEqualTo(lastAttachment).isEqualTo(layout.pageCount());
    }
}
