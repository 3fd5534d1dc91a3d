package org.gongwen.rendition.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * GB-TITLE-4: a title too long for one line is broken into lines of nearly equal length, the longer ones first (an
 * inverted trapezoid), keeping words whole where the title shows them: after the organ's "关于", before "的" + 文种,
 * never inside a number, and never against 避头尾.
 */
public final class TitleLines {

    /**
     * Words of 公文 titles a break must not cut (no dictionary here: the common ones, two characters each). A break
     * is never placed between their characters.
     */
    private static final java.util.Set<String> WORDS = java.util.Set.of("年度", "元旦", "春节", "期间", "工作", "群众",
            "困难", "社会", "救助", "资金", "慰问", "走访", "通知", "请示", "报告", "意见", "决定", "管理", "办法", "规定",
            "实施", "方案", "关于", "印发", "转发", "开展", "加强", "进一步", "做好", "申请", "城乡", "保障", "人民", "政府");

    /** How many characters a break may move to land on a preferred place. */
    private static final double PREFERENCE = 4;

    private TitleLines() {
    }

    public static List<String> lines(String title, double capacity) {
        List<String> lines = new ArrayList<>();
        String rest = title.strip();
        while (CharWidths.units(rest) > capacity) {
            int count = (int) Math.ceil(CharWidths.units(rest) / capacity);
            int at = bestBreak(rest, capacity, CharWidths.units(rest) / count);
            lines.add(rest.substring(0, at));
            rest = rest.substring(at);
        }
        lines.add(rest);
        return lines;
    }

    private static int bestBreak(String text, double capacity, double target) {
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        double width = 0;
        for (int at = 1; at < text.length(); at++) {
            width += CharWidths.units(text.charAt(at - 1));
            if (width > capacity + 1e-9) {
                break;
            }
            if (!allowed(text, at)) {
                continue;
            }
            // lines no shorter than the ones below them: a break before the target costs more than one after
            double score = width >= target ? width - target : 1.5 * (target - width);
            score -= preference(text, at);
            if (score < bestScore) {
                bestScore = score;
                best = at;
            }
        }
        return best > 0 ? best : fallback(text, capacity);
    }

    private static boolean allowed(String text, int at) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        boolean insideWord = CharWidths.halfWidth(before) && CharWidths.halfWidth(after);
        boolean numberAndUnit = Character.isDigit(before) && "年月日号个项条".indexOf(after) >= 0;
        boolean insideTitleWord = WORDS.stream().anyMatch(w -> cuts(text, at, w));
        return !insideWord && !numberAndUnit && !insideTitleWord && LineBreaker.NO_LINE_START.indexOf(after) < 0
                && LineBreaker.NO_LINE_END.indexOf(before) < 0;
    }

    /** Whether a break before {@code at} falls inside an occurrence of {@code word}. */
    private static boolean cuts(String text, int at, String word) {
        for (int split = 1; split < word.length(); split++) {
            if (text.startsWith(word, at - split)) {
                return true;
            }
        }
        return false;
    }

    private static double preference(String text, int at) {
        if (text.startsWith("关于", at - 2)) {
            return PREFERENCE;
        }
        if (text.charAt(at) == '的' || text.charAt(at - 1) == '、') {
            return PREFERENCE / 2;
        }
        return 0;
    }

    private static int fallback(String text, double capacity) {
        double width = 0;
        int at = 0;
        while (at < text.length() && width + CharWidths.units(text.charAt(at)) <= capacity) {
            width += CharWidths.units(text.charAt(at));
            at++;
        }
        return Math.max(1, at);
    }
}
