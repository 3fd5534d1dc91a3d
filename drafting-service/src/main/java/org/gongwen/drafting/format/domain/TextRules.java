package org.gongwen.drafting.format.domain;

import static org.gongwen.drafting.format.domain.FormatRule.rule;
import static org.gongwen.drafting.format.domain.FormatRule.variant;
import static org.gongwen.drafting.format.domain.FormatRules.is;
import static org.gongwen.drafting.format.domain.FormatRules.when;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongwen.drafting.format.domain.Texts.Objection;
import org.gongwen.drafting.shared.domain.DocType;
import org.gongwen.kernel.Severity;

/**
 * Rules on what is written in the free text (title, body, remarks, attachment names): 文号 cited in it (GB-NO-1),
 * dates (GB-DATE-1), heading levels (GB-LAYER-1), 签发人 and 密级 markings (GB-SIGN-2, GB-SEC-2), 请示 matters in
 * other kinds (TL-UP-4), and a body at all (TL-ELEM-9).
 */
final class TextRules {

    private static final String CN = "〇零一二三四五六七八九十百";
    /** A 文号 as people mistype it: 代字 (at least one 汉字 before), any bracket, any year, 第?, number, 号. */
    static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<=\\p{IsHan})([\\[【（(〔［{<〈])\\s*([0-9]{2,4}|[〇零一二三四五六七八九]{2,4})\\s*([\\]】）)〕］}>〉])\\s*(第?)\\s*([0-9]+|[" + CN + "]+)\\s*号");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![0-9.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![0-9])");
    private static final Pattern WRITTEN_DATE = Pattern.compile("(?<![0-9])(\\d{2}|\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern CHINESE_DATE = Pattern.compile("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern HEADING = Pattern.compile(
            "(?m)^[ \\t\\u3000]*(([一二三四五六七八九十]{1,3})[.．,，]|[（(]([一二三四五六七八九十]{1,3})[）)]、|\\(([一二三四五六七八九十]{1,3})\\)|(\\d{1,2})[、，,]|[（(](\\d{1,2})[）)][、.．]|\\((\\d{1,2})\\))");
    private static final Pattern SIGNER = Pattern.compile("签发(?!人)\\s*[:：]|签发人\\s*:");
    private static final Pattern MARKING = Pattern.compile("(绝密|机密|秘密)([\\s*＊☆★·]*)([0-9]+|[一二三四五六七八九十]+)\\s*年");
    private static final Pattern REQUEST = Pattern.compile("请批示|请批复|妥否|请审批|请予批准|请核准|请审定");

    private TextRules() {
    }

    static List<FormatRule> all() {
        return List.of(bodyRequired(), documentNumbersWellFormed(), datesInArabicNumerals(), headingLevels(),
                signerLabel(), secrecyMarking(), noRequestInOtherKinds(), oneMatterPerRequest());
    }

    /** 条例 第九条(九): every document has a 正文. reference.md gives this element no rule id; TL-ELEM-9 is ours. */
    static FormatRule bodyRequired() {
        return rule("TL-ELEM-9", Severity.ERROR, "条例 第九条(九)", c -> when(c.body() == null || c.body().isBlank(),
                Finding.whole("body", "正文不能为空。", "The body must not be empty.", null)));
    }

    /** GB-NO-1: 〔四位年份〕, Arabic numerals, no 第, no padding, then 号 — wherever a 文号 is cited. */
    static FormatRule documentNumbersWellFormed() {
        return rule("GB-NO-1", Severity.ERROR, "GB/T 9704-2012 7.2.5", c -> Texts.scan(Texts.all(c), DOCUMENT_NUMBER, m -> {
            String year = year(m.group(2));
            Integer number = Texts.number(m.group(5));
            String fix = year == null || number == null ? null : "〔" + year + "〕" + number + "号";
            return fix != null && fix.equals(m.group()) ? null : new Objection(0,
                    "发文字号应为“机关代字〔四位年份〕序号号”：年份用六角括号〔〕，阿拉伯数字，序号不编虚位、不加“第”。",
                    "A document number is 代字〔YYYY〕N号: hexagonal brackets 〔〕, Arabic numerals, a 4-digit year, no leading zeros, no 第.",
                    fix);
        }));
    }

    /** GB-DATE-1: 用阿拉伯数字将年、月、日标全，年份标全称，月、日不编虚位. */
    static FormatRule datesInArabicNumerals() {
        return rule("GB-DATE-1", Severity.WARNING, "GB/T 9704-2012 7.3.5.4", c -> {
            Map<String, String> texts = Texts.all(c);
            List<Finding> found = new java.util.ArrayList<>(Texts.scan(texts, NUMERIC_DATE,
                    m -> dateObjection(m.group(1), m.group(3), m.group(4))));
            found.addAll(Texts.scan(texts, WRITTEN_DATE, m -> {
                Objection o = dateObjection(m.group(1), m.group(2), m.group(3));
                return o != null && o.fix().equals(m.group()) ? null : o;
            }));
            found.addAll(Texts.scan(texts, CHINESE_DATE, m -> {
                Integer month = Texts.chineseNumber(m.group(2));
                Integer day = Texts.chineseNumber(m.group(3));
                return dateObjection(Texts.digitwise(m.group(1)), String.valueOf(month), String.valueOf(day));
            }));
            return found;
        });
    }

    /** GB-LAYER-1: 一、 → （一） → 1. → （1）; 一. / （一）、 / 1、 / (1) are the usual slips. */
    static FormatRule headingLevels() {
        return rule("GB-LAYER-1", Severity.ERROR, "GB/T 9704-2012 7.3.3", c -> Texts.scan("body", c.body(), HEADING, m -> {
            String fix;
            if (m.group(2) != null) {
                fix = m.group(2) + "、";
            } else if (m.group(3) != null || m.group(4) != null) {
                fix = "（" + (m.group(3) != null ? m.group(3) : m.group(4)) + "）";
            } else if (m.group(5) != null) {
                fix = m.group(5) + ".";
            } else {
                fix = "（" + (m.group(6) != null ? m.group(6) : m.group(7)) + "）";
            }
            return new Objection(1, "结构层次序数依次为“一、”“（一）”“1.”“（1）”，写作“" + fix + "”。",
                    "Heading numbers are 一、 （一） 1. （1）; write " + fix + ".", fix);
        }));
    }

    /** GB-SIGN-2: "签发人" + fullwidth colon + name. */
    static FormatRule signerLabel() {
        return rule("GB-SIGN-2", Severity.ERROR, "GB/T 9704-2012 7.2.6", c -> Texts.scan(Texts.all(c), SIGNER,
                m -> new Objection(0, "签发人标注为“签发人：姓名”（全角冒号）。", "Write 签发人： with a fullwidth colon.", "签发人：")));
    }

    /** GB-SEC-2: 密级★期限 with the period in Arabic numerals (秘密★1年). */
    static FormatRule secrecyMarking() {
        return rule("GB-SEC-2", Severity.ERROR, "GB/T 9704-2012 7.2.2", c -> Texts.scan(Texts.all(c), MARKING, m -> {
            Integer years = Texts.number(m.group(3));
            String fix = years == null ? null : m.group(1) + "★" + years + "年";
            boolean marking = !m.group(2).isEmpty() || !m.group(3).chars().allMatch(Character::isDigit);
            return !marking || m.group().equals(fix) ? null : new Objection(0,
                    "密级和保密期限之间用“★”隔开，期限用阿拉伯数字，如“秘密★1年”。",
                    "Level and period are separated by ★, the period in Arabic numerals (秘密★1年).", fix);
        }));
    }

    /** TL-UP-4: 不得在报告等非请示性公文中夹带请示事项. */
    static FormatRule noRequestInOtherKinds() {
        return rule("TL-UP-4", Severity.ERROR, "条例 第十五条(三)", c -> is(c, DocType.报告) || is(c, DocType.意见) && "上行".equals(c.direction())
                ? Texts.scan("body", c.body(), REQUEST, m -> new Objection(0,
                "报告等非请示性公文不得夹带请示事项（“" + m.group() + "”）；需要批准的事项另行请示。",
                "Do not slip a request (" + m.group() + ") into a " + c.docType() + "; send a separate 请示.", null))
                : List.of());
    }

    /** TL-UP-4: 请示应当一文一事 — closing requests in two paragraphs suggest two matters (heuristic, a warning). */
    static FormatRule oneMatterPerRequest() {
        return variant("TL-UP-4", "one-matter", Severity.WARNING, "条例 第十五条(三)", c -> {
            long asks = c.body() == null ? 0 : c.body().lines().filter(line -> REQUEST.matcher(line).find()).count();
            return when(is(c, DocType.请示) && asks > 1, Finding.whole("body",
                    "请示应当一文一事；正文中有 " + asks + " 处请求批示，请确认是否为同一事项。",
                    "A 请示 asks about one matter; the body asks " + asks + " times.", null));
        });
    }

    private static String year(String written) {
        String digits = written.chars().allMatch(Character::isDigit) ? written : Texts.digitwise(written);
        if (digits == null) {
            return null;
        }
        return digits.length() == 2 ? "20" + digits : digits.length() == 4 ? digits : null;
    }

    /** Null when the date is written right; else the objection with the correct spelling when it is a real date. */
    private static Objection dateObjection(String year, String month, String day) {
        String y = year == null ? null : year(year);
        Integer mo = parse(month);
        Integer d = parse(day);
        if (y == null || mo == null || d == null || mo < 1 || mo > 12 || d < 1 || d > 31) {
            return null;
        }
        return new Objection(0, "日期用阿拉伯数字将年、月、日标全，年份标全称，月、日不编虚位，如“2026年1月5日”。",
                "Write dates as 2026年1月5日: Arabic numerals, full year, no leading zeros.", y + "年" + mo + "月" + d + "日");
    }

    private static Integer parse(String s) {
        try {
            return s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
