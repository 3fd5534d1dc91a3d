package org.gongwen.archive.shared.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What the archive keeps of a record's renditions besides their bytes (issue 18): the SHA-256 and size of the
 * PDF/A-2b and of the OFD, the page count and when they were made. It is what the log's leaf commits to, what the
 * record view shows and what the 四性 check compares the stored bytes with.
 */
public record RenditionFiles(String documentId, String pdfSha256, long pdfSize, String ofdSha256, long ofdSize,
                             int pageCount, Instant renderedAt) {

    public RenditionFiles {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(pdfSha256, "pdfSha256");
        Objects.requireNonNull(ofdSha256, "ofdSha256");
        Objects.requireNonNull(renderedAt, "renderedAt");
    }

    /** The entry's id in the log (kind {@code rendition}): never the bare document id, which is the record's. */
    public String logEntryId() {
        return logEntryIdOf(documentId);
    }

    public static String logEntryIdOf(String documentId) {
        return documentId + "#rendition";
    }
}
