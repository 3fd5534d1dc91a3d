package org.gongwen.archive.search.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the archive cuts text for search: lower-case, split at white space and punctuation, overlapping character
 * bigrams of every run ("养老服务" → 养老, 老服, 服务). Must agree with the SQL function {@code archive_bigrams}
 * (V4 migration): a query matches a record only if every query bigram is among the record's.
 */
public final class SearchTerms {

    /** The same separators as archive_bigrams: white space, ASCII punctuation, CJK punctuation. */
    private static final Pattern SEPARATORS =
            Pattern.compile("[\\s!-/:-@\\[-`{-~，。、；：？！“”‘’（）《》〈〉〔〕【】「」『』—…·　]+");

    private SearchTerms() {
    }

    /** The query's bigrams; empty when no run has two characters (then only a substring scan can answer). */
    public static Set<String> bigrams(String query) {
        Set<String> out = new LinkedHashSet<>();
        for (String run : SEPARATORS.split(query.toLowerCase(Locale.ROOT))) {
            int[] cps = run.codePoints().toArray();
            for (int i = 0; i + 1 < cps.length; i++) {
                out.add(new String(cps, i, 2));
            }
        }
        return out;
    }

    /** A tsquery of literal lexemes AND-ed: {@code '养老' & '老服'} (quotes doubled, backslashes escaped). */
    public static String tsquery(Set<String> bigrams) {
        return String.join(" & ", bigrams.stream()
                .map(b -> "'" + b.replace("\\", "\\\\").replace("'", "''") + "'").toList());
    }

    /**
     * A passage around the first match of {@code query} in {@code text}, the match marked with 【】 (plain text:
     * no HTML to escape), or null when the text does not contain it.
     */
    public static String highlight(String text, String query, int context) {
        if (text == null || query == null || query.isEmpty()) {
            return null;
        }
        int at = text.toLowerCase(Locale.ROOT).indexOf(query.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return null;
        }
        int start = Math.max(0, at - context);
        int end = Math.min(text.length(), at + query.length() + context);
        return (start > 0 ? "…" : "") + text.substring(start, at) + "【" + text.substring(at, at + query.length())
                + "】" + text.substring(at + query.length(), end) + (end < text.length() ? "…" : "");
    }

    /** The fields a highlight is looked for in, in order of preference. */
    public static final List<String> HIGHLIGHT_FIELDS = List.of("title", "body", "documentNumber", "mainRecipients",
            "people");
}
