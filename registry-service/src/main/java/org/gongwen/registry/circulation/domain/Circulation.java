package org.gongwen.registry.circulation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gongwen.events.Classification;
import org.gongwen.kernel.Refusal;
import org.gongwen.registry.shared.domain.Refusals;
import org.gongwen.kernel.RuleViolation;
import org.gongwen.registry.shared.domain.Outcome;
import org.gongwen.registry.shared.domain.Person;
import org.gongwen.registry.shared.domain.RegistryEvent;
import org.jspecify.annotations.Nullable;

/**
 * One round of 传阅 of one document. In {@link Order#SEQUENTIAL} order the next reader receives it when the one
 * before has read it; in {@link Order#PARALLEL} order all hold it at once.
 */
public record Circulation(UUID id, UUID documentId, String title, Classification classification, Order order,
                          List<Reading> readings, String startedBy, Instant startedAt) {

    public enum Order { SEQUENTIAL, PARALLEL }

    /** One reader's place in the round: when it reached them, when they read it, what they wrote (批示). */
    public record Reading(String reader, @Nullable Instant receivedAt, @Nullable Instant readAt,
                          @Nullable String instruction) {
        public boolean read() {
            return readAt != null;
        }
    }

    public record CirculationStarted(UUID documentId, UUID circulationId, List<String> readers, String startedBy,
                                     Instant at) implements RegistryEvent {
    }

    public record CirculationRead(UUID documentId, UUID circulationId, String reader, @Nullable String instruction,
                                  Instant at) implements RegistryEvent {
    }

    public Circulation {
        readings = List.copyOf(readings);
    }

    /**
     * CIRC-START-1: the office starts it, with readers named once, each of them cleared for the document's 密级 —
     * a 机密 document is never sent round to someone who may not read it.
     */
    public static Outcome<Circulation> start(UUID documentId, String title, Classification classification, Order order,
                                             List<Person> readers, Person clerk, String officeUnit, Instant at) {
        if (!clerk.belongsTo(officeUnit)) {
            return Outcome.refused(Refusals.forbidden("circulation-not-office", "传阅由办公室发起。",
                    "The office sends a document round.", "CIRC-START-1"));
        }
        List<RuleViolation> violations = new ArrayList<>();
        Set<String> named = new HashSet<>();
        if (readers.isEmpty()) {
            violations.add(RuleViolation.error("CIRC-START-1", "readers", "请指定传阅人。", "Name the readers."));
        }
        for (Person reader : readers) {
            if (!named.add(reader.username())) {
                violations.add(RuleViolation.error("CIRC-START-1", "readers", reader.name() + "重复列入传阅。",
                        reader.username() + " is named twice."));
            } else if (!reader.isClearedFor(classification)) {
                violations.add(RuleViolation.error("CIRC-START-1", "readers", reader.name() + "的密级不足以阅读该文。",
                        reader.username() + " is not cleared for this document."));
            }
        }
        if (!violations.isEmpty()) {
            return Outcome.refused(new Refusal(Refusal.Kind.RULE_VIOLATION, "circulation-readers-invalid",
                    "传阅人名单有误。", "The list of readers is wrong.", "CIRC-START-1", violations));
        }
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < readers.size(); i++) {
            boolean holdsNow = order == Order.PARALLEL || i == 0;
            readings.add(new Reading(readers.get(i).username(), holdsNow ? at : null, null, null));
        }
        Circulation started = new Circulation(UUID.randomUUID(), documentId, title, classification, order, readings,
                clerk.username(), at);
        return Outcome.done(started, new CirculationStarted(documentId, started.id(),
                readings.stream().map(Reading::reader).toList(), clerk.username(), at));
    }

    /** CIRC-READ-1 only a holder records a reading; CIRC-READ-2 once; in order, it then reaches the next reader. */
    public Outcome<Circulation> read(Person reader, @Nullable String instruction, Instant at) {
        int index = indexOf(reader.username());
        if (index < 0 || readings.get(index).receivedAt() == null) {
            return Outcome.refused(Refusals.forbidden("circulation-not-holder", "该文当前不在您处传阅。",
                    "The document is not with you in this round.", "CIRC-READ-1"));
        }
        if (readings.get(index).read()) {
            return Outcome.refused(Refusals.conflict("circulation-already-read", "您已阅过该文。",
                    "You have read it already.", "CIRC-READ-2"));
        }
        String written = instruction == null || instruction.isBlank() ? null : instruction.strip();
        List<Reading> next = new ArrayList<>(readings);
        next.set(index, new Reading(reader.username(), readings.get(index).receivedAt(), at, written));
        if (order == Order.SEQUENTIAL && index + 1 < next.size()) {
            Reading following = next.get(index + 1);
            next.set(index + 1, new Reading(following.reader(), at, null, null));
        }
        return Outcome.done(new Circulation(id, documentId, title, classification, order, next, startedBy, startedAt),
                new CirculationRead(documentId, id, reader.username(), written, at));
    }

    /** Who holds the document now (received, not yet read): "随时掌握公文去向". */
    public List<Reading> holders() {
        return readings.stream().filter(r -> r.receivedAt() != null && !r.read()).toList();
    }

    public boolean finished() {
        return readings.stream().allMatch(Reading::read);
    }

    /** The 批示 written so far, in reading order: shown to the 承办 unit. */
    public List<Reading> instructions() {
        return readings.stream().filter(r -> r.instruction() != null).toList();
    }

    public Optional<Reading> readingOf(String username) {
        int index = indexOf(username);
        return index < 0 ? Optional.empty() : Optional.of(readings.get(index));
    }

    private int indexOf(String username) {
        for (int i = 0; i < readings.size(); i++) {
            if (readings.get(i).reader().equals(username)) {
                return i;
            }
        }
        return -1;
    }
}
