package org.gongwen.archive.log.application;

import org.gongwen.archive.shared.application.ArchivedAttachments;
import org.gongwen.archive.shared.domain.ArchiveRecord;
import org.gongwen.archive.shared.domain.Correction;
import org.gongwen.archive.shared.domain.LegalHold;
import org.gongwen.archive.shared.domain.RenditionFiles;
import org.gongwen.archive.shared.domain.RevisionLink;

/**
 * Entries waiting to become leaves of the log, written in the transaction that creates them; the sequencer
 * ({@link IntegratingLog}) gives them leaf indices in batches, so archiving never waits for the tree.
 */
public interface LogQueue {

    /** The kind of a 更正 link's leaf; its entry id is the correcting record's key, filed under the document id. */
    String REVISION_LINK = "revision-link";

    void enqueue(ArchiveRecord record);

    void enqueue(Correction correction);

    void enqueue(LegalHold hold);

    /** A stored attachment file: its leaf commits to the bytes by their SHA-256. */
    void enqueue(String documentId, ArchivedAttachments.Stored file);

    /** A record's PDF and OFD: their leaf commits to both files by their SHA-256 (issue 18). */
    void enqueue(RenditionFiles rendition);

    /** A 更正's link between two records (issue 18): its leaf commits to both 档号, both revisions and the reason. */
    void enqueue(RevisionLink link);

    /** Several records in one round trip (a bulk accession); the same as one {@link #enqueue} each. */
    default void enqueueAll(java.util.List<ArchiveRecord> records) {
        records.forEach(this::enqueue);
    }
}
