package org.gongwen.e2e.walk;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.gongwen.e2e.Suite;

/**
 * The suite's application logs (one file per application, shared by every test class of the JVM), read from a mark:
 * the sizes the files had before the walk, so only lines written since are judged. A line is at ERROR in Boot's
 * console format ({@code 2026-12-04T17:26:03.123Z ERROR 4242 --- [drafting-service] …}) or in the structured JSON
 * one ({@code "log.level":"ERROR"}); the JVM's own {@code Exception in thread} counts too.
 */
final class SuiteLogs {

    private static final Pattern TEXT_LEVEL = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\S+\\s+(ERROR|WARN|INFO|DEBUG|TRACE)\\b.*");
    private static final Pattern ERROR = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}T\\S+\\s+ERROR\\b.*|.*\"log\\.level\"\\s*:\\s*\"ERROR\".*|^Exception in thread .*");
    private static final Pattern WARN = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}T\\S+\\s+WARN\\b.*|.*\"log\\.level\"\\s*:\\s*\"WARN\".*");
    /** Lines of a stack trace or a message continued on the next lines, shown with the ERROR line they belong to. */
    private static final int CONTEXT_LINES = 6;

    private SuiteLogs() {
    }

    /** Each application's log size now. */
    static Map<String, Long> mark(Suite suite) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String module : suite.modules()) {
            try {
                sizes.put(module, Files.size(suite.logFile(module)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sizes;
    }

    /** What each application wrote since the mark, as lines. */
    static Map<String, List<String>> since(Suite suite, Map<String, Long> mark) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        mark.forEach((module, offset) -> lines.put(module, read(suite.logFile(module), offset, Long.MAX_VALUE)));
        return lines;
    }

    /** What each application wrote before the mark (other classes of the JVM, startup): reported, not judged. */
    static Map<String, List<String>> before(Suite suite, Map<String, Long> mark) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        mark.forEach((module, end) -> lines.put(module, read(suite.logFile(module), 0, end)));
        return lines;
    }

    /** Every ERROR line written since the mark, named by application, with the lines that continue it. */
    static List<String> errors(Map<String, List<String>> written) {
        return matching(written, ERROR, true);
    }

    /** WARN lines written since the mark: not a failure, listed in the walk's report. */
    static List<String> warnings(Map<String, List<String>> written) {
        return matching(written, WARN, false);
    }

    private static List<String> matching(Map<String, List<String>> written, Pattern level, boolean withContext) {
        List<String> found = new ArrayList<>();
        written.forEach((module, lines) -> {
            for (int i = 0; i < lines.size(); i++) {
                if (!level.matcher(lines.get(i)).matches()) {
                    continue;
                }
                StringBuilder entry = new StringBuilder(module).append(": ").append(lines.get(i));
                for (int j = i + 1; withContext && j < lines.size() && j <= i + CONTEXT_LINES
                        && !TEXT_LEVEL.matcher(lines.get(j)).matches(); j++) {
                    entry.append("\n    ").append(lines.get(j));
                }
                found.add(entry.toString());
            }
        });
        return found;
    }

    private static List<String> read(Path file, long offset, long end) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = Math.min(end, in.length());
            if (length <= offset) {
                return List.of();
            }
            byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, length - offset)];
            in.seek(offset);
            in.readFully(bytes);
            return List.of(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
