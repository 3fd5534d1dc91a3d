package org.gongwen.archive.log.application;

import java.util.List;

import org.gongwen.archive.log.domain.AccessEntry;
import org.jspecify.annotations.Nullable;

/** The append-only log of reads. */
public interface AccessLog {

    /** Written in its own transaction: a read is logged even if nothing else is written. */
    void record(AccessEntry entry);

    /** Newest first; {@code excludedReader} is never returned; null filters match everything. */
    List<AccessEntry> find(@Nullable String reader, @Nullable String documentId, @Nullable String excludedReader,
                           int page, int size);

    long count(@Nullable String reader, @Nullable String documentId, @Nullable String excludedReader);
}
