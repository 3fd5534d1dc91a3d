package org.gongwen.drafting.format.domain;

import static org.gongwen.drafting.format.domain.FormatRule.rule;
import static org.gongwen.drafting.format.domain.FormatRules.kind;
import static org.gongwen.drafting.format.domain.FormatRules.when;

import java.util.List;
import java.util.regex.Pattern;

import org.gongwen.drafting.shared.domain.DocType;
import org.gongwen.kernel.Severity;
import org.gongwen.events.DocumentContent;

/** 标题: GB-TITLE-1 (composition and 文种), GB-TITLE-2 (发文机关名称), GB-TITLE-3 (书名号). */
final class TitleRules {

    /** Titles that may stand in 书名号: laws and rules (the old 办法 allowed them, study material still does). */
    private static final Pattern LAW_TITLE = Pattern.compile(".*(法|条例|规定|办法|细则|规则|章程|准则|纲要|规划)$");
    private static final Pattern QUOTED = Pattern.compile("[《〈]([^《》〈〉]+)[》〉]");

    private TitleRules() {
    }

    static List<FormatRule> all(Organisation organisation) {
        return List.of(endsWithItsKind(), namesTheIssuingOrgan(organisation), noBookMarksAroundDocuments());
    }

    /** GB-TITLE-1: 发文机关 + 事由 + 文种, ending with the declared kind and with no second kind stacked onto it. */
    static FormatRule endsWithItsKind() {
        return rule("GB-TITLE-1", Severity.ERROR, "条例 第九条(七); GB/T 9704-2012 7.3.1", c -> kind(c)
                .filter(k -> !TitleKind.endsWithExactlyOne(c.title(), k))
                .map(k -> List.of(Finding.whole("title",
                        "标题应由发文机关名称、事由和文种组成，以文种“" + k + "”结尾，且只能有一个文种（如不能写成“请示报告”）。",
                        "The title must end with the declared kind " + k + " and carry exactly one kind (not e.g. 请示报告).",
                        TitleKind.suggest(c.title(), k))))
                .orElse(List.of()));
    }

    /**
     * GB-TITLE-2: the 条例 wants the 发文机关名称 in the title; many organs omit it under a red 版头, so by default
     * only a warning (reference.md: "configurable warn").
     */
    static FormatRule namesTheIssuingOrgan(Organisation organisation) {
        return rule("GB-TITLE-2", Severity.WARNING, "条例 第九条(七)", c -> {
            String title = c.title() == null ? "" : c.title().strip();
            String organ = c.issuingOrgan() != null && !c.issuingOrgan().isBlank() ? c.issuingOrgan() : organisation.name();
            return when(title.startsWith("关于"), Finding.whole("title",
                    "标题宜冠以发文机关名称（如“" + organ + "关于……”）。",
                    "The title should start with the issuing organ's name (" + organ + "关于…).",
                    organ + title));
        });
    }

    /** GB-TITLE-3: 书名号 belong around laws and rules, not around the titles of documents being forwarded. */
    static FormatRule noBookMarksAroundDocuments() {
        return rule("GB-TITLE-3", Severity.WARNING, "老秘网 [S27][S68]; 2000 办法 (2012 条例 silent)",
                c -> Texts.scan("title", c.title(), QUOTED, m -> {
                    String inner = m.group(1);
                    boolean document = DocType.terms().stream().anyMatch(inner::endsWith) && !LAW_TITLE.matcher(inner).matches();
                    return document ? new Texts.Objection(0, "标题中转发、印发的公文标题不加书名号。",
                            "Do not put the title of a forwarded document in 书名号.", inner) : null;
                }));
    }
}
