package org.gongwen.drafting.format.domain;

import static org.gongwen.drafting.format.domain.FormatRule.rule;
import static org.gongwen.drafting.format.domain.FormatRules.is;
import static org.gongwen.drafting.format.domain.FormatRules.when;

import java.util.List;

import org.gongwen.drafting.shared.domain.DocType;
import org.gongwen.kernel.Severity;

/** 附注: GB-NOTE-1 (in parentheses), GB-NOTE-2 (a 请示 gives a contact person and telephone). */
final class NoteRules {

    private NoteRules() {
    }

    static List<FormatRule> all() {
        return List.of(remarksInParentheses(), requestGivesAContact());
    }

    /** GB-NOTE-1: 附注 居左空二字加圆括号. ASCII parentheses are the same mistake with a different fix. */
    static FormatRule remarksInParentheses() {
        return rule("GB-NOTE-1", Severity.ERROR, "GB/T 9704-2012 7.3.6", c -> {
            String r = c.remarks() == null ? "" : c.remarks().strip();
            boolean fine = r.isEmpty() || r.startsWith("（") && r.endsWith("）");
            String inner = r.replaceFirst("^[（(]", "").replaceFirst("[）)]$", "");
            return when(!fine, Finding.whole("remarks", "附注应加圆括号（全角），如“（此件公开发布）”。",
                    "Remarks (附注) go in fullwidth parentheses, e.g. （此件公开发布）.", "（" + inner + "）"));
        });
    }

    /** GB-NOTE-2: the 2000 办法's contact line for a 请示, kept by practice — a warning by default. */
    static FormatRule requestGivesAContact() {
        return rule("GB-NOTE-2", Severity.WARNING, "2000 办法 第十五条; [S26][S74] (2012 条例 silent)", c -> {
            String r = c.remarks() == null ? "" : c.remarks();
            return when(is(c, DocType.请示) && !(r.contains("联系人") && r.contains("电话")), Finding.whole("remarks",
                    "请示应在附注中注明联系人姓名和电话，如“（联系人：张伟，电话：0000-0000000）”。",
                    "A 请示 names a contact person and telephone in its remarks.", null));
        });
    }
}
