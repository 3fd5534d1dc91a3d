package org.gongwen.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The figures a fault run ends with, printed and kept in {@code <dir>/report.txt} for the README's table. */
final class ChaosReport {

    private ChaosReport() {
    }

    static String write(Path dir, String title, Invariants.Counts counts, Map<String, ? extends Number> kills,
                        int restarts, DocumentDriver driver, long drivenNanos, long totalNanos) throws IOException {
        StringBuilder r = new StringBuilder("\n=== ").append(title).append(" ===\n");
        r.append(String.format("documents %d | archived %d | issued %d | distinct 文号 %d%n", counts.documents(),
                counts.archived(), counts.issued(), counts.distinctNumbers()));
        r.append(String.format("lost %d | duplicated %d | 文号 gaps %d | 件号 gaps %d | DLT %d | lag %d%n",
                counts.documents() - counts.archived(), counts.duplicateRecords(), counts.numberGaps(),
                counts.itemNumberGaps(), counts.deadLetters(), counts.consumerLag()));
        r.append("kills per target: ").append(new TreeMap<>(kills)).append(" | restarts ").append(restarts).append('\n');
        r.append(String.format("HTTP calls %d, failed (no answer or 5xx) %d%n", driver.calls.get(), driver.failedCalls.get()));
        r.append(String.format("driving %.1f s, total wall time %.1f s%n", drivenNanos / 1e9, totalNanos / 1e9));
        String report = r.toString();
        System.out.println(report);
        Files.writeString(dir.resolve("report.txt"), report);
        return report;
    }
}
