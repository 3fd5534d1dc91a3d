package org.gongwen.archive.application;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.gongwen.archive.domain.ArchiveAccess;
import org.gongwen.archive.domain.ArchiveRecord;
import org.gongwen.archive.domain.Clearance;

/** 查档: listing and opening records, within the reader's role and 密级 clearance. */
public final class ConsultingArchive {

    /** Who reads: roles and clearance, as the access token says. */
    public record Reader(Set<String> roles, Clearance clearance) {
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

    public ConsultingArchive(ArchiveRecords records) {
        this.records = records;
    }

    /** The query is only read once access is granted: a reader without the role learns nothing from it. */
    public Consultation<RecordPage> search(Reader reader, Supplier<RecordQuery> query) {
        if (!ArchiveAccess.mayConsult(reader.roles())) {
            return new Denied<>();
        }
        return new Answer<>(records.search(query.get(), reader.clearance()));
    }

    public Consultation<ArchiveRecord> open(Reader reader, String documentId) {
        if (!ArchiveAccess.mayConsult(reader.roles())) {
            return new Denied<>();
        }
        Optional<ArchiveRecord> record = records.find(documentId)
                .filter(r -> reader.clearance().covers(r.classification()));
        return record.<Consultation<ArchiveRecord>>map(Answer::new).orElseGet(Unknown::new);
    }
}
