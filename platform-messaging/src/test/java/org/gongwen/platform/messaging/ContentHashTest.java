package org.gongwen.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongwen.events.AttachmentRef;
import org.gongwen.events.DocumentContent;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static DocumentContent content(String body) {
        return new DocumentContent("请示", "江城市民政局社会救助科关于申请救助资金的请示", List.of("江城市财政局"), List.of(),
                body, null, null, null, "上行", List.of(new AttachmentRef("资金测算表")), null);
    }

    @Test
    void theSameContentAlwaysHasTheSameHash() {
        assertThat(ContentHash.of(content("正文。"))).isEqualTo(ContentHash.of(content("正文。")))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void anyChangeOfOneCharacterChangesTheHash() {
        assertThat(ContentHash.of(content("正文。"))).isNotEqualTo(ContentHash.of(content("正文，")));
    }

    @Test
    void canonicalJsonSortsPropertiesAndHasNoWhiteSpace() {
        String json = ContentHash.canonicalJson(content("x"));
        assertThat(json).startsWith("{\"attachments\":[{\"name\":\"资金测算表\"}],\"body\":\"x\",\"direction\":\"上行\"")
                .doesNotContain(": ").doesNotContain("\n");
    }

    /** Fields added to the content later are absent in older content: they must not change its hash. */
    @Test
    void absentValuesAreLeftOutSoThatAdditiveFieldsKeepOldHashes() {
        String json = ContentHash.canonicalJson(content("x"));
        assertThat(json).doesNotContain("null").doesNotContain("[]").doesNotContain("\"\"");
    }
}
