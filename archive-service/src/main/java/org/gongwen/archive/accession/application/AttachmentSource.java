package org.gongwen.archive.accession.application;

import java.util.Optional;

/** Where the files behind a document's attachments come from: drafting-service, by SHA-256. */
public interface AttachmentSource {

    /** A file as the source answered it. */
    record Fetched(byte[] data, String contentType) {
    }

    /**
     * The file of this hash; empty when the source answers that it has none (a permanent answer). Throws
     * {@link Unavailable} while the source or its token issuer cannot be reached or fails (a passing condition).
     */
    Optional<Fetched> fetch(String sha256);

    /** The source cannot answer now; asking again later may succeed. */
    final class Unavailable extends RuntimeException {

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
