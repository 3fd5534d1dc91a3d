package org.gongwen.registry.supervision.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.registry.supervision.domain.AssignedMatter;
import org.jspecify.annotations.Nullable;

/** The stored 交办事项 (persistence port). */
public interface AssignedMatters {

    /** The matter, locked until the transaction ends. */
    Optional<AssignedMatter> lock(UUID id);

    Optional<AssignedMatter> find(UUID id);

    void save(AssignedMatter matter);

    /**
     * The 督办 list: earliest deadline first, only what {@code clearance} covers (SUP-CLEAR-1). {@code unit}: one 承办
     * unit's, null for all; {@code openOnly}: not yet concluded.
     */
    List<AssignedMatter> list(Classification clearance, @Nullable String unit, boolean openOnly, int page, int size);
}
