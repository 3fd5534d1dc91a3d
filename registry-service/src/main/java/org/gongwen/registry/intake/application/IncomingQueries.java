package org.gongwen.registry.intake.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.registry.intake.domain.IncomingDocument;
import org.jspecify.annotations.Nullable;

/** What the 收文 lists read (persistence port); nothing above the reader's clearance is returned. */
public interface IncomingQueries {

    Optional<IncomingDocument> find(UUID id);

    /**
     * 收文 newest first. {@code unit}: only those a unit handles (主办 or 协办), null for all (the office and
     * leaders); {@code status}: one status name, null for any.
     */
    List<IncomingDocument> list(Classification clearance, @Nullable String unit, @Nullable String status, int page,
                                int size);
}
