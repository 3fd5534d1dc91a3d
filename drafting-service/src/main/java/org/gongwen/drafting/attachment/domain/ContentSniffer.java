package org.gongwen.drafting.attachment.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a file is, from its bytes alone: the type an uploader declares is not trusted (a renamed executable
 * must not reach an archive as "a PDF"). The accepted kinds are what 公文 attachments are in practice: PDF,
 * OFD (GB/T 33190, the national fixed-layout format, a ZIP with {@code OFD.xml}), Office Open XML documents,
 * other ZIP archives, PNG, JPEG and plain UTF-8 text. Anything else is refused.
 */
public final class ContentSniffer {

    public static final String PDF = "application/pdf";
    public static final String OFD = "application/ofd";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String ZIP = "application/zip";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String TEXT = "text/plain;charset=UTF-8";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};

    private ContentSniffer() {
    }

    /** The content type the bytes show, or empty when they are none of the accepted kinds. */
    public static Optional<String> sniff(byte[] bytes) {
        if (startsWith(bytes, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
            return zipKind(bytes);
        }
        return isText(bytes) ? Optional.of(TEXT) : Optional.empty();
    }

    /** The file name extension that goes with a sniffed type, for downloads. */
    public static String extension(String contentType) {
        return switch (contentType) {
            case PDF -> ".pdf";
            case OFD -> ".ofd";
            case DOCX -> ".docx";
            case XLSX -> ".xlsx";
            case PPTX -> ".pptx";
            case ZIP -> ".zip";
            case PNG -> ".png";
            case JPEG -> ".jpg";
            case TEXT -> ".txt";
            default -> "";
        };
    }

    /**
     * Which ZIP-based format, from the entry names of the central directory — read, never inflated, so a ZIP
     * bomb costs nothing. A ZIP whose directory cannot be read is not accepted at all.
     */
    private static Optional<String> zipKind(byte[] bytes) {
        List<String> names = ZipDirectory.entryNames(bytes).orElse(null);
        if (names == null) {
            return Optional.empty();
        }
        if (names.contains("OFD.xml")) {
            return Optional.of(OFD);
        }
        if (names.contains("[Content_Types].xml")) {
            if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
                return Optional.of(DOCX);
            }
            if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
                return Optional.of(XLSX);
            }
            if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
                return Optional.of(PPTX);
            }
        }
        return Optional.of(ZIP);
    }

    /**
     * Plain text: valid UTF-8 (a BOM allowed) without NUL or other control characters than tab, line feed,
     * carriage return and form feed — binary formats we do not know fail here.
     */
    static boolean isText(byte[] bytes) {
        if (bytes.length == 0) {
            return false;
        }
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            // char by char, no String copy: control characters (Cc) are all in the BMP, never surrogates
            for (int i = text.position(); i < text.limit(); i++) {
                char c = text.get(i);
                if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    return false;
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The names in a ZIP's central directory (APPNOTE 4.3.12, 4.3.16). */
    static final class ZipDirectory {

        private static final int END_SIGNATURE = 0x06054b50;
        private static final int ENTRY_SIGNATURE = 0x02014b50;
        private static final int END_MIN = 22;
        private static final int MAX_COMMENT = 0xFFFF;

        private ZipDirectory() {
        }

        static Optional<List<String>> entryNames(byte[] b) {
            for (int end = b.length - END_MIN; end >= Math.max(0, b.length - END_MIN - MAX_COMMENT); end--) {
                if (int32(b, end) == END_SIGNATURE) {
                    return names(b, int16(b, end + 10), int32(b, end + 16) & 0xFFFFFFFFL);
                }
            }
            return Optional.empty();
        }

        private static Optional<List<String>> names(byte[] b, int entries, long offset) {
            List<String> names = new ArrayList<>();
            long at = offset;
            for (int i = 0; i < entries; i++) {
                if (at < 0 || at + 46 > b.length || int32(b, (int) at) != ENTRY_SIGNATURE) {
                    return Optional.empty();
                }
                int p = (int) at;
                int nameLength = int16(b, p + 28);
                int extraLength = int16(b, p + 30);
                int commentLength = int16(b, p + 32);
                if (p + 46 + nameLength > b.length) {
                    return Optional.empty();
                }
                names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8));
                at = (long) p + 46 + nameLength + extraLength + commentLength;
            }
            return Optional.of(names);
        }

        private static int int16(byte[] b, int at) {
            return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
        }

        private static int int32(byte[] b, int at) {
            return int16(b, at) | int16(b, at + 2) << 16;
        }
    }
}
