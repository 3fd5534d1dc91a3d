package org.gongwen.registry.circulation.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongwen.kernel.Refusal;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.kernel.Transactions;
import org.gongwen.registry.circulation.domain.Circulation;
import org.gongwen.registry.intake.application.IncomingQueries;
import org.gongwen.registry.intake.domain.IncomingDocument;
import org.gongwen.registry.shared.application.Acts;
import org.gongwen.registry.shared.application.RegistryEvents;
import org.gongwen.registry.shared.domain.Outcome;
import org.gongwen.registry.shared.domain.Person;
import org.jspecify.annotations.Nullable;

/**
 * 传阅 of a 收文: the office sends it round named readers (CIRC-START-1); each holder records a reading
 * (CIRC-READ-1..2).
 */
public class CirculatingDocuments {

    private final Circulations circulations;
    private final IncomingQueries incoming;
    private final People people;
    private final RegistryEvents events;
    private final Transactions tx;
    private final Clock clock;
    private final String officeUnit;

    public CirculatingDocuments(Circulations circulations, IncomingQueries incoming, People people,
                                RegistryEvents events, Transactions tx, Clock clock, String officeUnit) {
        this.circulations = circulations;
        this.incoming = incoming;
        this.people = people;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.officeUnit = officeUnit;
    }

    /** A new round of 传阅 of a 收文; readers by username, in the order they read it when {@code SEQUENTIAL}. */
    public Outcome<Circulation> start(UUID incomingId, Circulation.Order order, List<String> readers, Person clerk) {
        return Acts.create(tx, circulations::save, events, () -> {
            Optional<IncomingDocument> document = incoming.find(incomingId)
                    .filter(d -> clerk.isClearedFor(d.registration().classification()));
            if (document.isEmpty()) {
                return Outcome.<Circulation>refused(Refusal.of(Refusal.Kind.NOT_FOUND, "incoming-not-found",
                        "未找到该记录。", "No such incoming."));
            }
            List<Person> named = new ArrayList<>();
            List<RuleViolation> unknown = new ArrayList<>();
            for (String username : readers) {
                people.find(username).ifPresentOrElse(named::add, () -> unknown.add(RuleViolation.error(
                        "CIRC-START-1", "readers", "查无此人：" + username + "。", "No such person: " + username + ".")));
            }
            if (!unknown.isEmpty()) {
                return Outcome.<Circulation>refused(new Refusal(Refusal.Kind.RULE_VIOLATION,
                        "circulation-readers-invalid", "传阅人名单有误。", "The list of readers is wrong.",
                        "CIRC-START-1", unknown));
            }
            IncomingDocument d = document.get();
            return Circulation.start(d.id(), d.registration().title(), d.registration().classification(), order,
                    named, clerk, officeUnit, clock.instant());
        });
    }

    /** 阅毕, with any 批示. */
    public Outcome<Circulation> read(UUID circulationId, Person reader, @Nullable String instruction) {
        return Acts.act(tx, circulations::lock, circulations::save, events, circulationId, "circulation",
                circulation -> circulation.read(reader, instruction, clock.instant()));
    }

    /** A 收文 and its rounds of 传阅, oldest first, for whoever may see it (CIRC-SHOW-1); empty otherwise. */
    public Optional<Instructions> instructions(UUID incomingId, Person person) {
        return incoming.find(incomingId).filter(d -> d.readableBy(person, officeUnit))
                .map(d -> new Instructions(d, circulations.ofDocument(d.id())));
    }

    /** What the 承办 unit is shown of a 收文's 批示: the leader's 批办 and every reading's 批示. */
    public record Instructions(IncomingDocument document, List<Circulation> rounds) {
    }
}
