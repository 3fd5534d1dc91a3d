package org.gongwen.gateway.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The page's texts (app/i18n.js): the zh table and the en table name the same keys, and every key the page's modules
 * ask for with {@code t(…)} is in the zh table. A key missing from en shows Chinese in the English page, one missing
 * from zh shows the bare key: both only in the browser, so they are read here from the files.
 */
class PageTextsTest {

    private static final Path I18N = PageModulesTest.STATIC.resolve("app/i18n.js");

    /** A call of the page's t(): not a method (x.t), not a longer name (set), not its own declaration. */
    private static final Pattern CALL = Pattern.compile("(?<![\\w.$])(?<!function )t\\(\\s*");

    @Test
    void theEnglishTableHasEveryChineseKeyAndNoOther() {
        Set<String> zh = table("zh");
        Set<String> en = table("en");
        assertThat(zh).as("keys of the zh table").hasSizeGreaterThan(100);
        List<String> unmatched = new ArrayList<>();
        difference(zh, en).forEach((k) -> unmatched.add(k + " (zh only)"));
        difference(en, zh).forEach((k) -> unmatched.add(k + " (en only)"));
        assertThat(unmatched).as("keys of one table missing from the other").isEmpty();
    }

    @Test
    void noTableNamesAKeyTwice() {
        for (String name : List.of("zh", "en")) {
            List<String> keys = entries(name);
            assertThat(keys).as("keys named twice in the %s table (the later one silently wins)", name).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyKeyThePageAsksForIsInTheChineseTable() {
        Set<String> zh = table("zh");
        List<String> missing = new ArrayList<>();
        for (Path file : PageModulesTest.modules()) {
            String source = PageModulesTest.read(file);
            String code = blankStringsAndComments(source);
            Matcher call = CALL.matcher(code);
            while (call.find()) {
                String at = PageModulesTest.name(file) + ":" + line(source, call.start());
                int arg = call.end();
                char quote = source.charAt(arg);
                if (quote == '\'' || quote == '"') {
                    String key = source.substring(arg + 1, source.indexOf(quote, arg + 1));
                    if (!zh.contains(key)) missing.add(at + " t('" + key + "')");
                } else if (quote == '`') {
                    // t(`role${r}`): the part before the first ${ must begin at least one key
                    int end = source.indexOf('`', arg + 1);
                    int expression = source.indexOf("${", arg + 1);
                    boolean dynamic = expression >= 0 && expression < end;
                    String prefix = source.substring(arg + 1, dynamic ? expression : end);
                    boolean known = dynamic ? !prefix.isEmpty() && zh.stream().anyMatch((k) -> k.startsWith(prefix))
                            : zh.contains(prefix);
                    if (!known) missing.add(at + " t(`" + prefix + "…`)");
                } else {
                    int eol = source.indexOf('\n', arg);
                    missing.add(at + " t(" + source.substring(arg, eol < 0 ? source.length() : eol).strip()
                            + " — a key this test cannot read: write t('key') or t(`prefix${…}`)");
                }
            }
        }
        assertThat(missing).as("keys asked for with t(…) that the zh table does not have").isEmpty();
    }

    /** The named table's keys, in the order written. */
    static Set<String> table(String name) {
        return new LinkedHashSet<>(entries(name));
    }

    private static List<String> entries(String name) {
        String source = PageModulesTest.read(I18N);
        return entrySpans(source, name).stream().map((e) -> key(source.substring(e[0], e[1]).strip())).toList();
    }

    /** key: value — the key a plain name or a quoted one. */
    private static String key(String entry) {
        Matcher m = Pattern.compile("^(?:([\\w$]+)|'([^']*)'|\"([^\"]*)\")\\s*:", Pattern.DOTALL).matcher(entry);
        assertThat(m.find()).as("an entry of the table: %s", entry).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    /** Where each entry of {@code const <name> = { … }} is: the text between its top-level commas. */
    private static List<int[]> entrySpans(String source, String name) {
        String code = blankStringsAndComments(source);
        Matcher start = Pattern.compile("\\bconst\\s+" + name + "\\s*=\\s*\\{").matcher(code);
        assertThat(start.find()).as("the %s table in i18n.js", name).isTrue();
        List<int[]> entries = new ArrayList<>();
        int depth = 0;
        int from = start.end();
        for (int i = start.end(); i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{' || c == '(' || c == '[') depth++;
            else if ((c == '}' || c == ')' || c == ']') && depth > 0) depth--;
            else if (c == '}' || (c == ',' && depth == 0)) {
                if (!code.substring(from, i).isBlank()) entries.add(new int[] {from, i});
                if (c == '}') return entries;
                from = i + 1;
            }
        }
        throw new AssertionError("the " + name + " table in i18n.js does not end");
    }

    /**
     * The source with the contents of string literals and comments replaced by spaces (offsets kept), the code inside a
     * template literal's ${…} left as it is: what remains is code, so a t( or a comma found in it is one.
     */
    static String blankStringsAndComments(String source) {
        StringBuilder out = new StringBuilder(source);
        Deque<int[]> expressions = new ArrayDeque<>(); // per open ${…}: its braces still open
        boolean template = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (template) {
                if (c == '\\') { blank(out, i, i + 2); i++; }
                else if (c == '`') template = false;
                else if (c == '$' && i + 1 < source.length() && source.charAt(i + 1) == '{') {
                    expressions.push(new int[] {0});
                    template = false;
                    i++;
                } else blank(out, i, i + 1);
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') end += source.charAt(end) == '\\' ? 2 : 1;
                blank(out, i + 1, end);
                i = end;
            } else if (c == '`') template = true;
            else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                int end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
                blank(out, i, end);
                i = end - 1;
            } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                blank(out, i, end);
                i = end - 1;
            } else if (c == '{' && !expressions.isEmpty()) expressions.peek()[0]++;
            else if (c == '}' && !expressions.isEmpty()) {
                if (expressions.peek()[0] == 0) { expressions.pop(); template = true; }
                else expressions.peek()[0]--;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < Math.min(to, out.length()); i++) {
            if (out.charAt(i) != '\n') out.setCharAt(i, ' ');
        }
    }

    private static int line(String source, int offset) {
        return (int) source.substring(0, offset).chars().filter((c) -> c == '\n').count() + 1;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new LinkedHashSet<>(a);
        d.removeAll(b);
        return d;
    }
}
