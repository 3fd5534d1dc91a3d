package org.gongwen.archive.search.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.gongwen.archive.log.application.LoggingReads;
import org.gongwen.archive.search.domain.SearchTerms;
import org.gongwen.archive.shared.application.ArchiveRecords;
import org.gongwen.archive.shared.application.Consultation.Answer;
import org.gongwen.archive.shared.application.Consultation.Denied;
import org.gongwen.archive.shared.application.Consultation.Unknown;
import org.gongwen.archive.shared.application.Consultation;
import org.gongwen.archive.shared.application.Reader;
import org.gongwen.archive.shared.domain.ArchiveAccess;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.Clearance;

/** 查档: listing and opening records, within the reader's role and 密级 clearance. */
public final class ConsultingArchive {

    private final ArchiveRecords records;
    private final RecordSearch search;
    private final LoggingReads reads;

    public ConsultingArchive(ArchiveRecords records, RecordSearch search, LoggingReads reads) {
        this.records = records;
        this.search = search;
        this.reads = reads;
    }

    /** The query is only read once access is granted: a reader without the role learns nothing from it. */
    public Consultation<RecordPage> search(Reader reader, Supplier<RecordQuery> query) {
        if (!ArchiveAccess.mayConsult(reader.roles())) {
            return new Denied<>();
        }
        RecordQuery q = query.get();
        RecordPage page = search.search(q, reader.clearance());
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
        reads.logRead(reader, "read", documentId, record.isPresent());
        return record.<Consultation<ArchiveRecord>>map(Answer::new).orElseGet(Unknown::new);
    }
}
