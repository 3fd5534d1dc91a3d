package org.gongwen.e2e.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** "Done means the suites report how many cases they ran": printed and kept in {@code target/<suite>-cases.txt}. */
public final class CaseCount {

    private CaseCount() {
    }

    public static void write(String suite, int cases, String detail) {
        String line = suite + ": " + cases + " cases (" + detail + ")";
        System.out.println("[" + suite + "] " + line);
        try {
            Files.writeString(Path.of("target", suite + "-cases.txt"), line + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
