package org.gongwen.drafting.format.domain;

import static org.gongwen.drafting.format.domain.FormatRule.rule;
import static org.gongwen.drafting.format.domain.FormatRules.classification;
import static org.gongwen.drafting.format.domain.FormatRules.when;

import java.util.List;

import org.gongwen.kernel.Severity;
import org.gongwen.events.Classification;
import org.gongwen.events.DocumentContent;

/**
 * 版头 elements a draft carries: 密级和保密期限 (GB-SEC-3), 份号 (GB-SEC-4, GB-COPY-1, GB-COPY-2). GB-SEC-1 and
 * GB-URG-1 (closed value sets) are input rules: a draft with another value is not even saved.
 */
final class HeadRules {

    private static final int COPY_DIGITS = 6;

    private HeadRules() {
    }

    static List<FormatRule> all() {
        return List.of(secrecyPeriodWithinBound(), classifiedHasCopyNumber(), copyNumberIsArabicDigits(),
                copyNumberIsPadded());
    }

    /** GB-SEC-3: 保密期限 at most 30/20/10 years for 绝密/机密/秘密. */
    static FormatRule secrecyPeriodWithinBound() {
        return rule("GB-SEC-3", Severity.ERROR, "保密法; reference.md §1.8 [S18][S49]", c -> {
            int max = classification(c).map(Classification::maxPeriodYears).orElse(0);
            return when(c.classificationPeriodYears() != null && max > 0 && c.classificationPeriodYears() > max,
                    Finding.whole("classificationPeriodYears", c.classification() + "公文的保密期限不能超过 " + max + " 年。",
                            "A " + c.classification() + " document may be kept secret for at most " + max + " years.",
                            String.valueOf(max)));
        });
    }

    /** GB-SEC-4: 涉密公文应当标注份号. */
    static FormatRule classifiedHasCopyNumber() {
        return rule("GB-SEC-4", Severity.ERROR, "条例 第九条(一); GB/T 9704-2012 7.2.1", c -> when(
                c.classification() != null && blank(c.copyNumber()), Finding.whole("copyNumber",
                        "涉密公文（" + c.classification() + "）应当标注份号。",
                        "A classified document (" + c.classification() + ") needs a 份号 (copy number).", null)));
    }

    /** GB-COPY-1: 份号 is Arabic digits, usually six. */
    static FormatRule copyNumberIsArabicDigits() {
        return rule("GB-COPY-1", Severity.ERROR, "GB/T 9704-2012 7.2.1", c -> {
            if (blank(c.copyNumber())) {
                return List.of();
            }
            String n = c.copyNumber().strip();
            String digits = n.replaceAll("\\D", "");
            boolean fine = n.matches("\\d{1," + COPY_DIGITS + "}");
            String fix = !digits.isEmpty() && digits.replaceFirst("^0+(?=\\d)", "").length() <= COPY_DIGITS
                    ? pad(digits.replaceFirst("^0+(?=\\d)", "")) : null;
            return when(!fine, Finding.whole("copyNumber", "份号应为不超过 6 位的阿拉伯数字（如“000001”）。",
                    "A 份号 is at most 6 Arabic digits (e.g. 000001).", fix));
        });
    }

    /** GB-COPY-2: pad to six digits (convention, not normative text — a warning). */
    static FormatRule copyNumberIsPadded() {
        return rule("GB-COPY-2", Severity.WARNING, "GB/T 9704-2012 7.2.1 (\"一般用6位\"); [S67][S28]", c -> {
            String n = blank(c.copyNumber()) ? "" : c.copyNumber().strip();
            return when(n.matches("\\d{1," + (COPY_DIGITS - 1) + "}"), Finding.whole("copyNumber",
                    "份号一般用 6 位阿拉伯数字，不足 6 位前面补 0。", "Pad the 份号 to 6 digits with leading zeros.", pad(n)));
        });
    }

    private static String pad(String digits) {
        return "0".repeat(Math.max(0, COPY_DIGITS - digits.length())) + digits;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
