package org.gongwen.registry.circulation.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.registry.circulation.domain.Circulation;

/** The stored rounds of 传阅 (persistence port). */
public interface Circulations {

    /** The round, locked until the transaction ends. */
    Optional<Circulation> lock(UUID id);

    Optional<Circulation> find(UUID id);

    void save(Circulation circulation);

    /** The rounds of one document, oldest first. */
    List<Circulation> ofDocument(UUID documentId);

    /** The rounds a reader holds now (received, not yet read), within the reader's clearance, oldest first. */
    List<Circulation> heldBy(String username, Classification clearance);
}
