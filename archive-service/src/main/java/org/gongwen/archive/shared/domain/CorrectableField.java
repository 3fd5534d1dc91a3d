package org.gongwen.archive.shared.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The archival metadata an archivist may correct. The signed content, the 文号 and the 档号 are not among them:
 * the content is what was signed, and a 档号 is stable once assigned (DA/T 13 稳定性, reference.md §3.2).
 */
public enum CorrectableField {

    /** 保管期限 overridden with a reason (8号令 第十二条: the organ's table decides, an appraisal may revise). */
    RETENTION("retention"),
    /** 页数 of the 归档章 (DA/T 22-2015, reference.md §3.2). */
    PAGE_COUNT("pageCount"),
    /** 备注 of the 归档文件目录. */
    NOTE("note");

    private final String wireName;

    CorrectableField(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<CorrectableField> ofWireName(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }
}
