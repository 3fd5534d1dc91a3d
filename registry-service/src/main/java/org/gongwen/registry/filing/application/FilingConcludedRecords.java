package org.gongwen.registry.filing.application;

import java.util.Optional;

import org.gongwen.events.GongwenEvent;
import org.gongwen.events.Person;
import org.gongwen.registry.circulation.application.Circulations;
import org.gongwen.registry.circulation.application.People;
import org.gongwen.registry.filing.domain.ConcludedRecords;
import org.gongwen.registry.intake.application.IncomingQueries;
import org.gongwen.registry.intake.domain.IncomingDocument;
import org.gongwen.registry.intake.domain.IntakeEvents.IncomingConcluded;
import org.gongwen.registry.shared.domain.RegistryEvent;
import org.gongwen.registry.supervision.application.AssignedMatters;
import org.gongwen.registry.supervision.domain.AssignedMatter;
import org.gongwen.registry.supervision.domain.AssignedMatter.MatterConcluded;

/**
 * 办结 → the archive's event: called by the outbox adapter in the concluding transaction, after the concluded
 * state was saved, so the event carries exactly what was committed with it — the 收文 with its 传阅 rounds, or the
 * 交办事项 with its reports. Any other event is not this slice's to translate.
 */
public class FilingConcludedRecords {

    private final IncomingQueries incoming;
    private final Circulations circulations;
    private final AssignedMatters matters;
    private final People people;

    public FilingConcludedRecords(IncomingQueries incoming, Circulations circulations, AssignedMatters matters,
                                  People people) {
        this.incoming = incoming;
        this.circulations = circulations;
        this.matters = matters;
        this.people = people;
    }

    public Optional<GongwenEvent> of(RegistryEvent event) {
        if (event instanceof IncomingConcluded c) {
            IncomingDocument d = incoming.find(c.documentId()).orElseThrow(() -> new IllegalStateException(
                    "the concluded 收文 " + c.documentId() + " is saved before its events are published"));
            return Optional.of(ConcludedRecords.incoming(d, circulations.ofDocument(d.id()), this::person));
        }
        if (event instanceof MatterConcluded c) {
            AssignedMatter m = matters.find(c.documentId()).orElseThrow(() -> new IllegalStateException(
                    "the concluded 交办事项 " + c.documentId() + " is saved before its events are published"));
            // the matter carries its own 密级, at least its source document's (SUP-ASSIGN-2)
            return Optional.of(ConcludedRecords.matter(m, c.concludedBy(), this::person));
        }
        return Optional.empty();
    }

    /** Name and unit from the organisation; someone it does not list keeps the username as the name. */
    private Person person(String username) {
        return people.find(username).map(p -> new Person(p.username(), p.name(), p.unit()))
                .orElseGet(() -> new Person(username, username, null));
    }
}
