package org.gongwen.drafting.template.domain;

import java.util.List;

import org.gongwen.events.DocumentContent;

/**
 * How a new draft of one kind starts: the skeleton content (placeholders {@code ……} where only the drafter
 * knows), the kind's usual 行文方向, the elements that kind makes mandatory (reference.md §1.3–1.4) and what the
 * 条例 says it is for (§1.2), so a client can show the drafter why the skeleton looks as it does.
 *
 * @param usedFor  第八条's purpose, zh and en
 * @param required element names (reference.md §1.3) this kind needs beyond 标题 and 正文
 */
public record DraftTemplate(String docType, String usedForZh, String usedForEn, String usualDirection,
                            List<String> required, DocumentContent skeleton) {

    public DraftTemplate {
        required = List.copyOf(required);
    }
}
