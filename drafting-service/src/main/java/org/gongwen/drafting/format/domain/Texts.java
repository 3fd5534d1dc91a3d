package org.gongwen.drafting.format.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongwen.kernel.Span;
import org.gongwen.events.DocumentContent;
import org.jspecify.annotations.Nullable;

/** Scanning a draft's free text for passages a rule objects to, with their spans in code points. */
final class Texts {

    private static final String DIGITS = "〇零一二三四五六七八九";

    private Texts() {
    }

    /** The free-text fields a reader sees, by field name: title, body, remarks and each attachment name. */
    static Map<String, String> all(DocumentContent c) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        put(texts, "title", c.title());
        put(texts, "body", c.body());
        put(texts, "remarks", c.remarks());
        for (int i = 0; i < c.attachments().size(); i++) {
            put(texts, "attachments[" + i + "].name", c.attachments().get(i).name());
        }
        return texts;
    }

    private static void put(Map<String, String> texts, String field, String text) {
        if (text != null && !text.isEmpty()) {
            texts.put(field, text);
        }
    }

    /** Each match of {@code pattern} in each text that {@code judge} objects to (it returns null for a fine one). */
    static List<Finding> scan(Map<String, String> texts, Pattern pattern,
                              Function<Matcher, @Nullable Objection> judge) {
        List<Finding> found = new ArrayList<>();
        texts.forEach((field, text) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Objection o = judge.apply(m);
                if (o != null) {
                    found.add(new Finding(field, Span.ofChars(text, m.start(o.group()), m.end(o.group())), o.zh(), o.en(),
                            o.fix()));
                }
            }
        });
        return found;
    }

    static List<Finding> scan(String field, String text, Pattern pattern, Function<Matcher, Objection> judge) {
        return text == null ? List.of() : scan(Map.of(field, text), pattern, judge);
    }

    /** What is wrong with a match: the group it concerns (0 = all of it), the messages and the replacement. */
    record Objection(int group, String zh, String en, @Nullable String fix) {
    }

    /** 二〇二六 → 2026; digit by digit, as years are written. Null when it is not such a number. */
    static @Nullable String digitwise(String chinese) {
        StringBuilder out = new StringBuilder();
        for (char ch : chinese.toCharArray()) {
            int d = DIGITS.indexOf(ch);
            if (d < 0) {
                return null;
            }
            out.append(d <= 1 ? 0 : d - 1);
        }
        return out.toString();
    }

    /** 七 → 7, 十一 → 11, 二十 → 20, 一百零五 → 105; null when it is not a number below 1000. */
    static @Nullable Integer chineseNumber(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        int total = 0;
        int pending = -1;
        for (char ch : s.toCharArray()) {
            int d = DIGITS.indexOf(ch);
            if (d >= 0) {
                pending = d <= 1 ? 0 : d - 1;
            } else if (ch == '十' || ch == '百') {
                int unit = ch == '十' ? 10 : 100;
                total += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            } else {
                return null;
            }
        }
        return total + Math.max(pending, 0);
    }

    /** Arabic digits or Chinese numerals, as an int; null when neither. */
    static @Nullable Integer number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 6 ? null : Integer.parseInt(s);
        }
        return chineseNumber(s);
    }
}
