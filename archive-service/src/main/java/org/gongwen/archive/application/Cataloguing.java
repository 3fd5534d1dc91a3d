package org.gongwen.archive.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongwen.archive.domain.ArchivalClass;
import org.gongwen.archive.domain.ArchiveAccess;
import org.gongwen.archive.domain.ArchiveRecord;
import org.gongwen.archive.domain.Catalogue;
import org.gongwen.archive.domain.RecordMetadata;

/**
 * 归档文件目录 (DA/T 22-2015, reference.md §3.2) of one class, for AUDITOR and CHIEF, within clearance: a record
 * above the reader's clearance is not listed (its 件号 then looks like a gap to that reader, and only to them).
 */
public final class Cataloguing {

    /** The 目录 with its cover fields (全宗号, 全宗名称, 年度, 保管期限, 机构). */
    public record Result(String fonds, String fondsName, ArchivalClass archivalClass, List<Catalogue.Entry> entries) {
    }

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
    public Optional<Result> catalogue(ConsultingArchive.Reader reader, ArchivalClass archivalClass) {
        if (!ArchiveAccess.mayConsult(reader.roles())) {
            return Optional.empty();
        }
        List<ArchiveRecord> inClass = records.inClass(fonds, archivalClass, reader.clearance());
        Map<String, RecordMetadata> metadata = new HashMap<>();
        for (ArchiveRecord r : inClass) {
            metadata.put(r.documentId(), RecordMetadata.of(r, amendments.corrections(r.documentId()),
                    amendments.holds(r.documentId())));
        }
        return Optional.of(new Result(fonds, fondsName, archivalClass, Catalogue.of(inClass, metadata)));
    }
}
