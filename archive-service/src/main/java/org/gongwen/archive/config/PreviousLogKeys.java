package org.gongwen.archive.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.gongwen.archive.verifier.LogKeys;

/**
 * The public halves of the log's earlier signing keys ({@code gongwen.archive.log.previous-public-keys},
 * {@code GONGWEN_ARCHIVE_LOG_PREVIOUS_KEYS}): comma-separated entries, each a file (one or more PEM blocks, or the
 * archive's key set JSON) or a directory whose files holding a {@code PUBLIC KEY} block are read in name order.
 * Private keys in such a directory are never read: a retired key only verifies.
 */
final class PreviousLogKeys {

    private PreviousLogKeys() {
    }

    static List<byte[]> read(String locations) {
        if (locations == null || locations.isBlank()) {
            return List.of();
        }
        List<byte[]> keys = new ArrayList<>();
        for (String location : Arrays.stream(locations.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList()) {
            Path path = Path.of(location);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(Files::isRegularFile).sorted().map(PreviousLogKeys::text)
                            .filter(text -> text.contains("-----BEGIN PUBLIC KEY-----"))
                            .forEach(text -> keys.addAll(LogKeys.parse(text).keys()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list previous archive log keys in " + path, e);
                }
            } else {
                keys.addAll(LogKeys.parse(text(path)).keys());
            }
        }
        return keys;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read previous archive log key " + file, e);
        }
    }
}
