package org.gongwen.archive.shared.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One 法律保全 entry: placed ({@code held}) or released, with a reason. The latest entry of a record decides. */
public record LegalHold(UUID id, String documentId, boolean held, String reason, String actor, Instant at) {

    public LegalHold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(at, "at");
    }
}
