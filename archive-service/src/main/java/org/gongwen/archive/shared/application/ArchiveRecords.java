package org.gongwen.archive.shared.application;

import java.util.Optional;

import org.gongwen.archive.shared.domain.ArchivalClass;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.Clearance;

/** The archive's records: append-only. */
public interface ArchiveRecords {

    /**
     * Whether the document is already archived. Holds the document for the rest of the transaction, so two
     * deliveries of one document cannot both find it absent.
     */
    boolean containsLocked(String documentId);

    /** The next 件号 of the class, gap-free: it is only consumed if the transaction commits. */
    int nextItemNo(ArchivalClass archivalClass);

    void add(ArchiveRecord record);

    Optional<ArchiveRecord> find(String documentId);

    /** The records of one 档号 class within the reader's clearance, in 件号 order. */
    java.util.List<ArchiveRecord> inClass(String fonds, org.gongwen.archive.shared.domain.ArchivalClass archivalClass,
                                          Clearance reader);
}
