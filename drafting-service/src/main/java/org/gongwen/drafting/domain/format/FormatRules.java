package org.gongwen.drafting.domain.format;

import static org.gongwen.drafting.domain.format.FormatRule.fixed;
import static org.gongwen.drafting.domain.format.FormatRule.noFix;

import java.util.List;
import java.util.Optional;

import org.gongwen.drafting.domain.Classification;
import org.gongwen.drafting.domain.DocType;
import org.gongwen.drafting.domain.Severity;
import org.gongwen.events.DocumentContent;

/**
 * The format rules drafting checks today, each under its reference.md id. More GB/T 9704 rules join this list
 * as they are implemented; the checker and the API do not change.
 */
public final class FormatRules {

    private FormatRules() {
    }

    public static List<FormatRule> all() {
        return List.of(titleEndsWithItsKind(), mainRecipientRequired(), bodyRequired(), secrecyPeriodWithinBound(),
                requestGoesUpward(), requestHasOneMainRecipient(), upwardDocumentHasOneMainRecipient());
    }

    /** GB-TITLE-1: 发文机关 + 事由 + 文种, ending with the declared kind and with no second kind stacked onto it. */
    static FormatRule titleEndsWithItsKind() {
        return new FormatRule("GB-TITLE-1", "title", Severity.ERROR,
                c -> kind(c).map(k -> !TitleKind.endsWithExactlyOne(c.title(), k)).orElse(false),
                c -> "标题应由发文机关名称、事由和文种组成，以文种“" + c.docType() + "”结尾，且只能有一个文种（如不能写成“请示报告”）。",
                c -> "The title must end with the declared kind " + c.docType() + " and carry exactly one kind (not e.g. 请示报告).",
                c -> kind(c).map(k -> TitleKind.suggest(c.title(), k)).orElse(null));
    }

    /** GB-TO-1: every kind that addresses someone names its 主送机关; 公布性 kinds do not. */
    static FormatRule mainRecipientRequired() {
        return new FormatRule("GB-TO-1", "mainRecipients", Severity.ERROR,
                c -> kind(c).map(k -> k.addressesSomeone() && c.mainRecipients().isEmpty()).orElse(false),
                c -> c.docType() + "须标注主送机关。", c -> "A " + c.docType() + " needs a main recipient (主送机关).",
                noFix());
    }

    /** 条例 第九条(九): every document has a 正文. reference.md gives this element no rule id; TL-ELEM-9 is ours. */
    static FormatRule bodyRequired() {
        return new FormatRule("TL-ELEM-9", "body", Severity.ERROR,
                c -> c.body() == null || c.body().isBlank(),
                c -> "正文不能为空。", c -> "The body must not be empty.", noFix());
    }

    /** GB-SEC-3: 保密期限 at most 30/20/10 years for 绝密/机密/秘密. */
    static FormatRule secrecyPeriodWithinBound() {
        return new FormatRule("GB-SEC-3", "classificationPeriodYears", Severity.ERROR,
                c -> c.classificationPeriodYears() != null
                        && classification(c).map(k -> c.classificationPeriodYears() > k.maxPeriodYears()).orElse(false),
                c -> c.classification() + "公文的保密期限不能超过 " + classification(c).map(Classification::maxPeriodYears).orElse(0) + " 年。",
                c -> "A " + c.classification() + " document may be kept secret for at most "
                        + classification(c).map(Classification::maxPeriodYears).orElse(0) + " years.",
                c -> classification(c).map(k -> String.valueOf(k.maxPeriodYears())).orElse(null));
    }

    /**
     * TL-PAR-3: a 请示 asks a superior; between organs that are not superior and subordinate a request for
     * approval is a 函. So a 请示 is always 上行.
     */
    static FormatRule requestGoesUpward() {
        return new FormatRule("TL-PAR-3", "direction", Severity.ERROR,
                c -> is(c, DocType.请示) && !"上行".equals(c.direction()),
                c -> "请示只能向上级机关行文（上行）；向不相隶属机关请求批准应当用函。",
                c -> "A 请示 goes to a superior (上行); to an organ that is not your superior, request approval with a 函.",
                fixed("上行"));
    }

    /** TL-UP-1 with reference.md §1.2: a 请示 has exactly one 主送机关 (一文一事，一个主送). */
    static FormatRule requestHasOneMainRecipient() {
        return new FormatRule("TL-UP-1", "mainRecipients", Severity.ERROR,
                c -> is(c, DocType.请示) && c.mainRecipients().size() > 1,
                c -> "请示只能主送一个上级机关，其他机关可列入抄送。",
                c -> "A 请示 has exactly one main recipient; list the others as copy recipients.",
                noFix());
    }

    /** TL-UP-1: other 上行文 should have one 主送 too ("原则上"), so only a warning. */
    static FormatRule upwardDocumentHasOneMainRecipient() {
        return new FormatRule("TL-UP-1", "mainRecipients", Severity.WARNING,
                c -> !is(c, DocType.请示) && "上行".equals(c.direction()) && c.mainRecipients().size() > 1,
                c -> "上行文原则上只主送一个上级机关。", c -> "An upward document should, in principle, have one main recipient.",
                noFix());
    }

    private static Optional<DocType> kind(DocumentContent c) {
        return c.docType() == null ? Optional.empty() : DocType.of(c.docType());
    }

    private static boolean is(DocumentContent c, DocType type) {
        return kind(c).map(type::equals).orElse(false);
    }

    private static Optional<Classification> classification(DocumentContent c) {
        return c.classification() == null ? Optional.empty() : Classification.ofMarking(c.classification());
    }
}
