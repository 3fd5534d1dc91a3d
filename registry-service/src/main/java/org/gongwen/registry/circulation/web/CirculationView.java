package org.gongwen.registry.circulation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gongwen.registry.circulation.domain.Circulation;
import org.gongwen.registry.circulation.domain.Circulation.Reading;

/** A round of 传阅 as the API shows it: every reading, who holds it now, whether it is finished. */
record CirculationView(UUID id, UUID documentId, String title, String classification, String order,
                       String startedBy, Instant startedAt, List<Reading> readings, List<String> holders,
                       boolean finished) {

    static CirculationView of(Circulation c) {
        return new CirculationView(c.id(), c.documentId(), c.title(), c.classification().label(), c.order().name(),
                c.startedBy(), c.startedAt(), c.readings(), c.holders().stream().map(Reading::reader).toList(),
                c.finished());
    }
}
