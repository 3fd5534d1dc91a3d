package org.gongwen.archive.search.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongwen.archive.search.domain.Catalogue;
import org.gongwen.archive.shared.application.Amendments;
import org.gongwen.archive.shared.application.ArchiveRecords;
import org.gongwen.archive.shared.application.Reader;
import org.gongwen.archive.shared.domain.ArchivalClass;
import org.gongwen.archive.shared.domain.ArchiveAccess;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.RecordMetadata;

/**
 * 归档文件目录 (DA/T 22-2015, reference.md §3.2) of one class, for AUDITOR and CHIEF, within clearance: a record
 * above the reader's clearance is not listed (its 件号 then looks like a gap to that reader, and only to them).
 */
public final class Cataloguing {

    private final ArchiveRecords records;
    private final Amendments amendments;
    private final String fonds;
    private final String fondsName;

    public Cataloguing(ArchiveRecords records, Amendments amendments, String fonds, String fondsName) {
        this.records = records;
        this.amendments = amendments;
        this.fonds = fonds;
        this.fondsName = fondsName;
    }

    /** Empty when the reader may not consult the archive. */
    public Optional<ClassCatalogue> catalogue(Reader reader, ArchivalClass archivalClass) {
        if (!ArchiveAccess.mayConsult(reader.roles())) {
            return Optional.empty();
        }
        List<ArchiveRecord> inClass = records.inClass(fonds, archivalClass, reader.clearance());
        Map<String, RecordMetadata> metadata = new HashMap<>();
        for (ArchiveRecord r : inClass) {
            metadata.put(r.documentId(), RecordMetadata.of(r, amendments.corrections(r.documentId()),
                    amendments.holds(r.documentId())));
        }
        return Optional.of(new ClassCatalogue(fonds, fondsName, archivalClass, Catalogue.of(inClass, metadata)));
    }
}
