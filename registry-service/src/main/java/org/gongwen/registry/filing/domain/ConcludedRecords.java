package org.gongwen.registry.filing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.gongwen.events.Person;
import org.gongwen.events.RegistryIncomingConcluded;
import org.gongwen.events.RegistryIncomingConcluded.CirculationReading;
import org.gongwen.events.RegistryIncomingConcluded.IncomingRegistration;
import org.gongwen.events.RegistryMatterConcluded;
import org.gongwen.events.TrailAction;
import org.gongwen.events.TrailEntry;
import org.gongwen.registry.circulation.domain.Circulation;
import org.gongwen.registry.intake.domain.Assignment;
import org.gongwen.registry.intake.domain.IncomingDocument;
import org.gongwen.registry.intake.domain.Registration;
import org.gongwen.registry.supervision.domain.AssignedMatter;
import org.jspecify.annotations.Nullable;

/**
 * What the archive receives on 办结 (registry's events are revision 1: no review rounds): the whole record, so the
 * archive never has to ask the registry anything (services talk only through Kafka).
 */
public final class ConcludedRecords {

    static final int REVISION = 1;

    private ConcludedRecords() {
    }

    /** A concluded 收文 with its 传阅 rounds (of this 收文, oldest first). */
    public static RegistryIncomingConcluded incoming(IncomingDocument d, List<Circulation> circulations,
                                                     Function<String, Person> people) {
        if (d.status() != IncomingDocument.Status.CONCLUDED || d.assignment() == null || d.result() == null) {
            throw new IllegalArgumentException("not concluded: " + d.id());
        }
        Assignment a = d.assignment();
        Registration r = d.registration();
        List<TrailEntry> trail = ArchiveTrail.of(d, circulations, people);
        Person handler = ArchiveTrail.lastActor(trail, TrailAction.CONCLUDED);
        Person assignedBy = ArchiveTrail.lastActor(trail, TrailAction.ASSIGNED);
        List<CirculationReading> readings = new ArrayList<>();
        for (Circulation c : circulations) {
            for (Circulation.Reading reading : c.readings()) {
                readings.add(new CirculationReading(c.id().toString(), people.apply(reading.reader()),
                        reading.receivedAt(), reading.readAt(), reading.instruction()));
            }
        }
        return new RegistryIncomingConcluded(d.id().toString(), REVISION, d.result(),
                d.replyDocumentId() == null ? null : d.replyDocumentId().toString(),
                handler == null ? null : handler.username(), concludedAt(trail),
                d.receiptNumber().toString(),
                new IncomingRegistration(r.senderOrgan(), r.senderNumber(), r.title(), r.classification().label(),
                        blankToNull(r.urgency()), r.copies(), r.receivedOn(), r.writtenOn()),
                d.proposal(), a.leadUnit(), a.assistingUnits(), a.deadline(), a.instruction(), assignedBy, handler,
                readings, trail);
    }

    /**
     * A concluded 交办事项, filed at its own 密级: at least that of the document its 批示 was written on
     * (SUP-ASSIGN-2).
     */
    public static RegistryMatterConcluded matter(AssignedMatter m, String concludedBy,
                                                 Function<String, Person> people) {
        if (m.concludedAt() == null || m.result() == null) {
            throw new IllegalArgumentException("not concluded: " + m.id());
        }
        Person leader = people.apply(m.assignedBy());
        Person handler = inUnit(people.apply(concludedBy), m.unit());
        List<TrailEntry> trail = new ArrayList<>();
        String from = switch (m.source()) {
            case INSTRUCTION -> "（领导批示）";
            case MEETING -> "（会议决定）";
            case AD_HOC -> "";
        };
        trail.add(ArchiveTrail.entry(TrailAction.MATTER_ASSIGNED.name(), leader, m.assignedAt(),
                m.matter() + from + "；承办：" + m.unit() + "；时限：" + m.deadline()));
        List<RegistryMatterConcluded.ProgressReport> reports = new ArrayList<>();
        for (AssignedMatter.Report report : m.reports()) {
            Person reporter = inUnit(people.apply(report.reporter()), m.unit());
            reports.add(new RegistryMatterConcluded.ProgressReport(reporter, report.progress(), report.at()));
            trail.add(ArchiveTrail.entry(TrailAction.PROGRESS_REPORTED.name(), reporter, report.at(),
                    report.progress()));
        }
        trail.add(ArchiveTrail.entry(TrailAction.CONCLUDED.name(), handler, m.concludedAt(), m.result()));
        return new RegistryMatterConcluded(m.id().toString(), REVISION, m.source().name(),
                m.sourceDocumentId() == null ? null : m.sourceDocumentId().toString(), m.matter(), m.unit(),
                m.deadline(), m.classification().label(), leader, m.assignedAt(), reports, m.result(), handler,
                m.concludedAt(), trail);
    }

    /** Whoever reports for the 承办 unit belongs to it (the domain checked it); an unknown person keeps that unit. */
    private static Person inUnit(Person person, String unit) {
        return person.unit() == null || person.unit().isBlank() ? new Person(person.username(), person.name(), unit)
                : person;
    }

    private static java.time.Instant concludedAt(List<TrailEntry> trail) {
        java.time.Instant at = null;
        for (TrailEntry t : trail) {
            if (TrailAction.CONCLUDED.name().equals(t.action())) {
                at = t.at();
            }
        }
        if (at == null) {
            throw new IllegalArgumentException("a concluded 收文 has a 办结 act");
        }
        return at;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
