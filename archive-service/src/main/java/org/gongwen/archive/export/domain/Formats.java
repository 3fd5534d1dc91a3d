package org.gongwen.archive.export.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * 可用性 of files (DA/T 70, reference.md §3.5: "content opens; format allowed for archiving"): which content
 * types the archive accepts for long-term keeping, and whether the bytes really are of that type (the file's
 * signature), so a mislabelled file is not called readable.
 */
public final class Formats {

    /** Open, documented formats: OFD/PDF (版式), plain text, XML, common images, OOXML. */
    static final Set<String> ALLOWED = Set.of("application/ofd", "application/pdf", "text/plain", "application/xml",
            "text/xml", "image/png", "image/jpeg", "image/tiff",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Formats() {
    }

    public static boolean allowed(String contentType) {
        return contentType != null && ALLOWED.contains(base(contentType));
    }

    /** Whether the bytes carry the signature of their declared type (text: valid UTF-8). */
    public static boolean readable(String contentType, byte[] data) {
        if (contentType == null || data == null) {
            return false;
        }
        return switch (base(contentType)) {
            case "application/pdf" -> starts(data, '%', 'P', 'D', 'F', '-');
            case "image/png" -> starts(data, 0x89, 'P', 'N', 'G');
            case "image/jpeg" -> starts(data, 0xFF, 0xD8, 0xFF);
            case "image/tiff" -> starts(data, 'I', 'I', 42, 0) || starts(data, 'M', 'M', 0, 42);
            // OFD and OOXML are ZIP containers
            case "application/ofd", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> starts(data, 'P', 'K', 3, 4);
            case "text/plain", "application/xml", "text/xml", "application/json" -> utf8(data);
            default -> false;
        };
    }

    static boolean utf8(byte[] data) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String base(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean starts(byte[] data, int... signature) {
        if (data.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((data[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
