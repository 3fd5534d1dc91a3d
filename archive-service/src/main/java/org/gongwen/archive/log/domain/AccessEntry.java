package org.gongwen.archive.log.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One read of a record (who, when, what, and whether it was shown), kept in the append-only access log. */
public record AccessEntry(UUID id, String reader, String readerName, String roles, String action, String documentId,
                          boolean shown, Instant at) {

    public AccessEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(at, "at");
    }
}
