package org.gongwen.archive.shared.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A metadata correction: a new entry linked to the record, never an edit of it (GB/T 18894 whole-lifecycle
 * management; reference.md §3.5 真实性 — the original stays as received). Also a leaf of the archive's log.
 */
public record Correction(UUID id, String documentId, CorrectableField field, @Nullable String previousValue,
                         String newValue,
                         String reason, String actor, String actorName, Instant at) {

    public Correction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(newValue, "newValue");
        Objects.requireNonNull(at, "at");
    }
}
