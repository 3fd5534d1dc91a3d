package org.gongwen.registry.supervision.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.gongwen.kernel.Transactions;
import org.gongwen.registry.shared.application.Acts;
import org.gongwen.registry.shared.application.RegistryEvents;
import org.gongwen.registry.shared.domain.Outcome;
import org.gongwen.registry.shared.domain.Person;
import org.gongwen.registry.supervision.domain.AssignedMatter;
import org.jspecify.annotations.Nullable;

/**
 * 督办: a leader assigns a matter (SUP-ASSIGN-1) at its source's 密级 (SUP-ASSIGN-2), the 承办 unit reports progress (SUP-PROGRESS-1) and concludes it
 * (SUP-DONE-1).
 */
public class SupervisingMatters {

    private final AssignedMatters matters;
    private final SourceDocuments sources;
    private final RegistryEvents events;
    private final Transactions tx;
    private final Clock clock;

    public SupervisingMatters(AssignedMatters matters, SourceDocuments sources, RegistryEvents events, Transactions tx,
                              Clock clock) {
        this.matters = matters;
        this.sources = sources;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code classification}: the 密级 the leader states (absent 非密), never below the source's (SUP-ASSIGN-2). */
    public Outcome<AssignedMatter> assign(AssignedMatter.Source source, @Nullable UUID sourceDocumentId,
                                          @Nullable String classification, String matter, String unit,
                                          @Nullable LocalDate deadline, Person leader) {
        return Acts.create(tx, matters::save, events, () -> AssignedMatter.assign(source, sourceDocumentId,
                sourceDocumentId == null ? null : sources.classificationOf(sourceDocumentId).orElse(null),
                classification, matter, unit, deadline, leader, clock.instant()));
    }

    public Outcome<AssignedMatter> report(UUID id, Person reporter, String progress) {
        return Acts.act(tx, matters::lock, matters::save, events, id, "matter",
                matter -> matter.report(reporter, progress, clock.instant()));
    }

    public Outcome<AssignedMatter> conclude(UUID id, Person handler, String result) {
        return Acts.act(tx, matters::lock, matters::save, events, id, "matter",
                matter -> matter.conclude(handler, result, clock.instant()));
    }
}
