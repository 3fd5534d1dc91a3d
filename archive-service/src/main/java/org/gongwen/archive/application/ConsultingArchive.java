package org.gongwen.archive.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.gongwen.archive.domain.AccessEntry;
import org.gongwen.archive.domain.ArchiveAccess;
import org.gongwen.archive.domain.ArchiveRecord;
import org.gongwen.archive.domain.Clearance;
import org.gongwen.archive.domain.SearchTerms;

/** 查档: listing and opening records, within the reader's role and 密级 clearance. */
public final class ConsultingArchive {

    /** Who reads: roles and clearance, as the access token says. */
    public record Reader(String username, String name, Set<String> roles, Clearance clearance) {
    }

    public sealed interface Consultation<T> permits Answer, Denied, Unknown {
    }

    public record Answer<T>(T value) implements Consultation<T> {
    }

    public record Denied<T>() implements Consultation<T> {
    }

    /** Unknown or above the reader's clearance: the two must look the same from outside. */
    public record Unknown<T>() implements Consultation<T> {
    }

    private final ArchiveRecords records;
    private final AccessLog accessLog;
    private final Clock clock;

    public ConsultingArchive(ArchiveRecords records, AccessLog accessLog, Clock clock) {
        this.records = records;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Logs a read (or an attempt on a record the reader may not see) before the answer is given. */
    public void logRead(Reader reader, String action, String documentId, boolean shown) {
        accessLog.record(new AccessEntry(UUID.randomUUID(), reader.username(), reader.name(),
                String.join(",", new java.util.TreeSet<>(reader.roles())), action, documentId, shown,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    /** The query is only read once access is granted: a reader without the role learns nothing from it. */
    public Consultation<RecordPage> search(Reader reader, Supplier<RecordQuery> query) {
        if (!ArchiveAccess.mayConsult(reader.roles())) {
            return new Denied<>();
        }
        RecordQuery q = query.get();
        RecordPage page = records.search(q, reader.clearance());
        if (q.q() == null) {
            return new Answer<>(page);
        }
        Map<String, RecordPage.Highlight> highlights = new LinkedHashMap<>();
        for (ArchiveRecord r : page.items()) {
            highlight(r, q.q()).ifPresent(h -> highlights.put(r.documentId(), h));
        }
        return new Answer<>(new RecordPage(page.items(), page.page(), page.size(), page.total(), page.totalCapped(),
                highlights));
    }

    /** The first field (title, body, 文号, 主送, people) containing the query, with a passage around the match. */
    static Optional<RecordPage.Highlight> highlight(ArchiveRecord r, String q) {
        List<String> people = new ArrayList<>();
        people.add(r.drafter() == null ? null : r.drafter().name());
        people.add(r.signer() == null ? null : r.signer().name());
        r.trail().forEach(t -> people.add(t.actor() == null ? null : t.actor().name()));
        String[] texts = {r.content().title(), r.content().body(), r.documentNumber(),
                String.join("、", r.content().mainRecipients()),
                String.join("、", people.stream().filter(Objects::nonNull).distinct().toList())};
        for (int i = 0; i < texts.length; i++) {
            String passage = SearchTerms.highlight(texts[i], q, 30);
            if (passage != null) {
                return Optional.of(new RecordPage.Highlight(SearchTerms.HIGHLIGHT_FIELDS.get(i), passage));
            }
        }
        return Optional.empty();
    }

    public Consultation<ArchiveRecord> open(Reader reader, String documentId) {
        if (!ArchiveAccess.mayConsult(reader.roles())) {
            return new Denied<>();
        }
        Optional<ArchiveRecord> record = records.find(documentId)
                .filter(r -> reader.clearance().covers(r.classification()));
        logRead(reader, "read", documentId, record.isPresent());
        return record.<Consultation<ArchiveRecord>>map(Answer::new).orElseGet(Unknown::new);
    }
}
